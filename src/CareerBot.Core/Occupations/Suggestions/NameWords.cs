using CareerBot.Core.Occupations.Matching;

namespace CareerBot.Core.Occupations.Suggestions;

/// <summary>
/// The words of every occupation's names (SOC title, Dutch label, Dutch titles), folded as the matcher folds them, and how
/// often each word occurs: enough to finish a half-typed word ("verpleeg" → "verpleegkundige") and to find names by their words.
/// </summary>
internal sealed class NameWords
{
    private readonly List<(string Soc, string[] Words, bool Primary)> _names = [];
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly string[] _sorted;

    public NameWords(IEnumerable<Occupation> occupations)
    {
        foreach (var occupation in occupations)
        {
            Add(occupation.Soc, occupation.Title, primary: true);
            if (occupation.DutchLabel is { } label)
            {
                Add(occupation.Soc, label, primary: true);
            }

            foreach (var dutch in occupation.DutchTitles)
            {
                Add(occupation.Soc, dutch, primary: false);
            }
        }

        _sorted = [.. _counts.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>Whole words that start with <paramref name="start"/>, the most frequent first.</summary>
    public IEnumerable<string> Completions(string start)
    {
        var first = Array.BinarySearch(_sorted, start, StringComparer.Ordinal);
        first = first < 0 ? ~first : first;
        var found = new List<string>();
        for (var i = first; i < _sorted.Length && _sorted[i].StartsWith(start, StringComparison.Ordinal); i++)
        {
            found.Add(_sorted[i]);
        }

        return found.OrderByDescending(word => _counts[word]).ThenBy(word => word.Length).ThenBy(word => word, StringComparer.Ordinal);
    }

    /// <summary>
    /// Occupations with a name in which every typed word starts a word, best first: a name that begins with the first typed
    /// word, then the SOC title or reviewed label before other titles, then the shorter name.
    /// </summary>
    public IEnumerable<string> Containing(IReadOnlyList<string> typed)
    {
        return _names
            .Where(name => typed.All(word => name.Words.Any(w => w.StartsWith(word, StringComparison.Ordinal))))
            .OrderByDescending(name => name.Words[0].StartsWith(typed[0], StringComparison.Ordinal))
            .ThenByDescending(name => name.Primary)
            .ThenBy(name => name.Words.Length)
            .Select(name => name.Soc)
            .Distinct(StringComparer.Ordinal);
    }

    private void Add(string soc, string name, bool primary)
    {
        var words = TitleText.Tokenize(name).ToArray();
        if (words.Length == 0)
        {
            return;
        }

        _names.Add((soc, words, primary));
        foreach (var word in words)
        {
            _counts[word] = _counts.GetValueOrDefault(word) + 1;
        }
    }
}
