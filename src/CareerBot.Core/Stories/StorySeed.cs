namespace CareerBot.Core.Stories;

/// <summary>The validated content of <c>seeds/stories.json</c>.</summary>
public sealed record StorySeed(IReadOnlyList<Story> Stories, IReadOnlyList<ContextNote> Context, StoryPhrases Phrases);
