using CareerBot.Core.Conversations;

namespace CareerBot.Core.Stories;

/// <summary>What a story is picked for: the person's job, target and goal, and what they already heard.</summary>
public sealed record StoryRequest
{
    public string? CurrentSoc { get; init; }

    public string? TargetSoc { get; init; }

    public CareerGoal? Goal { get; init; }

    /// <summary>Stories already told to this person, oldest first.</summary>
    public IReadOnlyList<string> AlreadyTold { get; init; } = [];
}
