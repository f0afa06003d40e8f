using CareerBot.Core.Conversations;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Stories;

/// <summary>What a story is picked for: the person's job, target and goal, and what they already heard.</summary>
public sealed record StoryRequest
{
    public string? CurrentSoc { get; init; }

    public string? TargetSoc { get; init; }

    public CareerGoal? Goal { get; init; }

    /// <summary>Stories already told to this person, oldest first.</summary>
    public IReadOnlyList<string> AlreadyTold { get; init; } = [];

    /// <summary>What the person's own words hinted at.</summary>
    public StoryCues Cues { get; init; }

    /// <summary>Student, unemployed…; null when working or not said.</summary>
    public WorkSituation? Situation { get; init; }

    /// <summary>True for a person who said they are very worried (level 5 or in words).</summary>
    public bool VeryWorried { get; init; }
}
