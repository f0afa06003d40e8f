namespace CareerBot.Core.Stories;

/// <summary>The few labels used when telling a story, kept in the seed file with the stories.</summary>
public sealed record StoryPhrases(
    LocalizedText Before,
    LocalizedText After,
    LocalizedText QuoteNote,
    LocalizedText ContextTitle);
