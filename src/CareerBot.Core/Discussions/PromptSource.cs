namespace CareerBot.Core.Discussions;

/// <summary>The text of one prompt file and the name to show in error messages.</summary>
public sealed record PromptSource(string Name, string Text);
