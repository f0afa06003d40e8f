namespace CareerBot.Discord.Rest;

/// <summary>POST /interactions/{id}/{token}/callback body answering an autocomplete: type 8 and at most 25 choices.</summary>
internal sealed record AutocompleteResponse(AutocompleteChoices Data)
{
    public const int AutocompleteResult = 8;

    public int Type { get; init; } = AutocompleteResult;
}
