using CareerBot.Core.Conversations;
using CareerBot.Core.Conversations.Commands;
using CareerBot.Core.Discussions;
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

    /// <param name="engine">The dialogue; null where none is registered (the adapter alone in tests): no job suggestions then.</param>
    public static IReadOnlyList<CommandChoice> For(AutocompleteQuery query, DialogueEngine? engine) => query.Suggestions switch
    {
        ParameterSuggestions.Jobs when engine is not null =>
            Limit(engine.Suggest(query.Typed, LanguageCodes.FromLocale(query.Locale), MaxChoices).Select(job => (job.Name, job.Soc))),
        ParameterSuggestions.TimeZones =>
            Limit(TimeZoneSuggestions.Suggest(query.Typed, query.Locale, MaxChoices).Select(id => (id, id))),
        _ => [],
    };

    /// <summary>Text cut to <paramref name="max"/> UTF-16 units with an ellipsis, never between the two halves of a surrogate pair.</summary>
    public static string Cut(string text, int max = MaxLength)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var keep = max - 1;
        if (char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return string.Concat(text.AsSpan(0, keep), "…");
    }

    private static CommandChoice[] Limit(IEnumerable<(string Name, string Value)> choices) =>
        [.. choices
            .Select(c => (Name: Cut(c.Name.Trim()), c.Value))
            .Where(c => c.Name.Length > 0 && c.Value.Length is > 0 and <= MaxLength)
            .DistinctBy(c => c.Value, StringComparer.Ordinal)
            .Take(MaxChoices)
            .Select(c => new CommandChoice(c.Name, c.Value))];
}
