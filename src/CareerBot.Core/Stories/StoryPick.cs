namespace CareerBot.Core.Stories;

/// <summary>What to tell a person: a real story or a passage of the article (exactly one is set), and why.</summary>
public sealed record StoryPick(Story? Story, ContextNote? Note, StoryReason Reason)
{
    /// <summary>The id remembered as told (the story's or the passage's).</summary>
    public string Id => Story?.Id ?? Note?.Id ?? string.Empty;
}
