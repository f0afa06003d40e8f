namespace CareerBot.EndToEnd.Tests.Discord.Soak;

/// <summary>Faults injected so far, by kind, with how long the bot took to be connected again after each.</summary>
internal sealed class FaultTally
{
    private readonly Dictionary<string, (int Count, double TotalSeconds, double MaxSeconds)> _kinds = new(StringComparer.Ordinal);

    public int Total => _kinds.Values.Sum(k => k.Count);

    public IEnumerable<(string Kind, int Count, double MeanSeconds, double MaxSeconds)> Rows =>
        _kinds.Select(k => (k.Key, k.Value.Count, k.Value.TotalSeconds / k.Value.Count, k.Value.MaxSeconds));

    public void Add(string kind, TimeSpan recovery)
    {
        var (count, total, max) = _kinds.GetValueOrDefault(kind);
        _kinds[kind] = (count + 1, total + recovery.TotalSeconds, Math.Max(max, recovery.TotalSeconds));
    }
}
