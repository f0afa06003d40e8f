using CareerBot.Discord.Commands;

namespace CareerBot.Discord.Rest;

/// <summary>The <c>data</c> of an autocomplete answer.</summary>
internal sealed record AutocompleteChoices(IReadOnlyList<CommandChoice> Choices);
