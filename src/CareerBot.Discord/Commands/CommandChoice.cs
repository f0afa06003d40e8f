namespace CareerBot.Discord.Commands;

/// <summary>A fixed choice of a string option.</summary>
internal sealed record CommandChoice(string Name, string Value, IReadOnlyDictionary<string, string>? NameLocalizations = null);
