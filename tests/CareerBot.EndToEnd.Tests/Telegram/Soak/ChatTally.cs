namespace CareerBot.EndToEnd.Tests.Telegram.Soak;

/// <summary>
/// One chat's count: expected replies (from the script) against the messages that arrived, compared as multisets of texts.
/// Lost = expected copies missing; duplicated = extra copies of an expected reply; unexpected = a reply the script never had.
/// </summary>
internal sealed record ChatTally(int Expected, int Delivered, int Duplicated, int Lost, int Unexpected, bool InOrder, IReadOnlyList<string> Extra)
{
    public static ChatTally Of(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var want = expected.CountBy(t => t).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var have = actual.CountBy(t => t).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var delivered = want.Sum(p => Math.Min(p.Value, have.GetValueOrDefault(p.Key)));
        var lost = want.Sum(p => Math.Max(0, p.Value - have.GetValueOrDefault(p.Key)));
        var duplicated = have.Where(p => want.ContainsKey(p.Key)).Sum(p => Math.Max(0, p.Value - want[p.Key]));
        var unexpected = have.Where(p => !want.ContainsKey(p.Key)).Sum(p => p.Value);
        var extra = have.Where(p => p.Value > want.GetValueOrDefault(p.Key)).Select(p => p.Key).ToList();
        return new ChatTally(expected.Count, delivered, duplicated, lost, unexpected, actual.SequenceEqual(expected, StringComparer.Ordinal), extra);
    }
}
