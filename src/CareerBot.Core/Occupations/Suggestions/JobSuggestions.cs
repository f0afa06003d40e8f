using CareerBot.Core.Conversations.Flow;
using CareerBot.Core.Occupations.Matching;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Occupations.Suggestions;

/// <summary>
/// Occupations to offer while someone types a job (Discord's autocomplete, Telegram's inline mode), best first: what the
/// title matcher finds in the text so far, then in the text with its last, half-typed word finished ("nur" → "nurses"), then
/// names whose words start with every typed word. Reads only the occupation store: nothing about the person is used or kept.
/// </summary>
public sealed class JobSuggestions
{
    /// <summary>Typed text past this length is not read (Discord's option value is at most 100 characters).</summary>
    public const int MaxTypedLength = 100;

    private const int Completions = 3;

    // Offered before anything is typed: the jobs of the people in the article and other common ones.
    private static readonly string[] Common = ["27-3043", "27-3041", "15-1232", "43-4051", "23-1011", "29-1141", "15-1252", "13-2011", "25-2021", "53-3032"];

    private readonly ITitleMatcher _matcher;
    private readonly IOccupationCatalog _occupations;
    private readonly Lazy<NameWords> _words;

    public JobSuggestions(ITitleMatcher matcher, IOccupationCatalog occupations)
    {
        _matcher = matcher;
        _occupations = occupations;
        _words = new(() => new NameWords(occupations.Occupations));
    }

    public IReadOnlyList<JobSuggestion> Suggest(string? typed, Language language, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var text = InputText.Clean(typed is { Length: > MaxTypedLength } ? typed[..MaxTypedLength] : typed);
        var words = TitleText.Tokenize(text);
        var socs = words.Count == 0 ? Common : Ranked(text, words, max);
        return [.. socs.Where(soc => _occupations.Find(soc) is not null)
            .Distinct(StringComparer.Ordinal)
            .Take(max)
            .Select(soc => new JobSuggestion(soc, _occupations.Display(soc, language)))];
    }

    private IEnumerable<string> Ranked(string text, List<string> words, int max)
    {
        var matched = _matcher.Match(text, max);
        if (matched.Count > 0 && matched[0].IsConfident)
        {
            yield return matched[0].Soc;
        }

        var head = string.Join(' ', words.Take(words.Count - 1));
        foreach (var completion in _words.Value.Completions(words[^1]).Take(Completions))
        {
            foreach (var match in _matcher.Match(head.Length == 0 ? completion : head + " " + completion, 2))
            {
                yield return match.Soc;
            }
        }

        foreach (var match in matched)
        {
            yield return match.Soc;
        }

        foreach (var soc in _words.Value.Containing(words))
        {
            yield return soc;
        }
    }
}
