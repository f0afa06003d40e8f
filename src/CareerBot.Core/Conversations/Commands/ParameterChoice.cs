namespace CareerBot.Core.Conversations.Commands;

/// <summary>A fixed value a text parameter may take, with the label a command picker shows for it.</summary>
public sealed record ParameterChoice(string Value, Bilingual Label);
