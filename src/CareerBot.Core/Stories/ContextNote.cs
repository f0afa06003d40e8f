namespace CareerBot.Core.Stories;

/// <summary>Background from the article that is not a person's story (e.g. Frey's view); never picked as a story.</summary>
public sealed record ContextNote(string Id, LocalizedText Text, LocalizedText Source);
