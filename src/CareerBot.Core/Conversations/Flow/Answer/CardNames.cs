using CareerBot.Core.Occupations;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Conversations.Flow.Answer;

/// <summary>Group names on a card in the person's language (Dutch when there is a Dutch name), and names shortened to fit.</summary>
internal static class CardNames
{
    public static string Ilo(IloExposure ilo, Language language) =>
        language == Language.Dutch && ilo.TitleDutch is { Length: > 0 } dutch ? dutch : ilo.TitleEnglish;

    /// <summary>A wider group's name; several merged groups ("a; b; c") read as "a, b and c".</summary>
    public static string Group(string english, string? dutch, Language language)
    {
        var name = language == Language.Dutch && dutch is { Length: > 0 } ? dutch : english;
        var parts = name.Split("; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length < 2 ? name
            : string.Join(", ", parts[..^1]) + (language == Language.Dutch ? " en " : " and ") + parts[^1];
    }

    /// <summary>A name cut at a word to at most <paramref name="length"/> characters, with "…" when cut.</summary>
    public static string Shorten(string name, int length)
    {
        if (name.Length <= length)
        {
            return name;
        }

        var cut = name.LastIndexOf(' ', length - 1);
        return name[..(cut > length / 2 ? cut : length - 1)].TrimEnd(',', ';', ' ') + "…";
    }
}
