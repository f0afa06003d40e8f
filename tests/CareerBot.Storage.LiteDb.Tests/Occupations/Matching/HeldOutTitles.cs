using CareerBot.Core.Occupations.Matching;

namespace CareerBot.Storage.LiteDb.Tests.Occupations.Matching;

/// <summary>
/// A fixed 1-in-20 slice of the O*NET alternate titles (chosen by a hash of the wording), and the vocabulary
/// without them: every entry with the same wording, from any source, is left out of the index.
/// </summary>
internal static class HeldOutTitles
{
    public static (IReadOnlyList<TitleVocabularyEntry> Others, IReadOnlyList<EvaluationCase> HeldOut) Split(IReadOnlyList<TitleVocabularyEntry> vocabulary)
    {
        var heldOut = vocabulary
            .Where(e => e.Source == TitleSource.AlternateTitle && IsHeldOut(Key(e.Text)))
            .GroupBy(e => Key(e.Text))
            .ToDictionary(g => g.Key, g => new EvaluationCase(g.First().Text, [.. g.Select(e => e.Soc).Distinct()]));
        var rest = vocabulary.Where(e => !heldOut.ContainsKey(Key(e.Text))).ToList();
        return (rest, [.. heldOut.Values]);
    }

    private static string Key(string text) => text.Trim().ToUpperInvariant();

    // FNV-1a: stable across runs and platforms, unlike string.GetHashCode.
    private static bool IsHeldOut(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash % 20 == 0;
    }
}
