namespace CareerBot.Core.Stories;

/// <summary>A quote as the Dutch article prints it, with our English translation.</summary>
public sealed record StoryQuote(string Dutch, string EnglishTranslation);
