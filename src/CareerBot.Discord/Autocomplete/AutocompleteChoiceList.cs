using CareerBot.Core.Conversations;
using CareerBot.Core.Conversations.Commands;
using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging;
using CareerBot.Core.Texts;
using CareerBot.Discord.Commands;

namespace CareerBot.Discord.Autocomplete;

/// <summary>
/// The choices that answer an <see cref="AutocompleteQuery"/>, within Discord's limits: at most 25, names 1–100
/// characters (cut without splitting a surrogate pair), values at most 100. Jobs come from the dialogue's suggestions
/// (named in the person's language, the SOC code as the value); time zones are their IANA ids.
/// </summary>
internal static class AutocompleteChoiceList
{
    public const int MaxChoices = 25;
    public const int MaxLength = 100;

    /// <param name="lookup">The occupations; null where none is registered (the adapter alone in tests): no job suggestions then.</param>
    public static IReadOnlyList<CommandChoice> For(AutocompleteQuery query, OccupationLookup? lookup) => query.Suggestions switch
    {
        ParameterSuggestions.Jobs when lookup is not null =>
            Limit(lookup.Suggest(query.Typed, LanguageCodes.FromLocale(query.Locale), MaxChoices).Select(job => (job.Name, job.Soc))),
        ParameterSuggestions.TimeZones =>
            Limit(TimeZoneSuggestions.Suggest(query.Typed, query.Locale, MaxChoices).Select(id => (id, id))),
        _ => [],
    };

    private static CommandChoice[] Limit(IEnumerable<(string Name, string Value)> choices) =>
        [.. choices
            .Select(c => (Name: TextCut.ToLength(c.Name.Trim(), MaxLength), c.Value))
            .Where(c => c.Name.Length > 0 && c.Value.Length is > 0 and <= MaxLength)
            .DistinctBy(c => c.Value, StringComparer.Ordinal)
            .Take(MaxChoices)
            .Select(c => new CommandChoice(c.Name, c.Value))];
}
