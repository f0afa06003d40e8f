using System.Diagnostics;
using CareerBot.Core.Occupations.Matching;
using CareerBot.Storage.LiteDb.Occupations.Vocabulary;

namespace CareerBot.Benchmarks.Occupations;

/// <summary>
/// Start-up and latency distribution (p50/p99) for the matcher, which BenchmarkDotNet's means do not show:
/// <c>dotnet run -c Release --project tests/CareerBot.Benchmarks -- latency</c>.
/// </summary>
public static class TitleMatchLatency
{
    public static void Run(TextWriter output)
    {
        var started = Stopwatch.StartNew();
        var vocabulary = TitleVocabularyReader.Read(Path.Combine(AppContext.BaseDirectory, "seeds"));
        var read = started.Elapsed;
        var matcher = new TitleMatcher(vocabulary);
        var built = started.Elapsed;
        output.WriteLine($"vocabulary {vocabulary.Count} entries: read {read.TotalMilliseconds:F0} ms, index {(built - read).TotalMilliseconds:F0} ms");

        foreach (var query in QueryMix.All)
        {
            matcher.Match(query, 3);
        }

        const int Rounds = 200;
        var samples = new List<double>(Rounds * QueryMix.All.Length);
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var query in QueryMix.All)
            {
                var timer = Stopwatch.GetTimestamp();
                matcher.Match(query, 3);
                samples.Add(Stopwatch.GetElapsedTime(timer).TotalMicroseconds);
            }
        }

        samples.Sort();
        output.WriteLine($"match latency over {samples.Count} queries: p50 {Percentile(samples, 0.50):F0} µs, p90 {Percentile(samples, 0.90):F0} µs, p99 {Percentile(samples, 0.99):F0} µs, max {samples[^1]:F0} µs");
        GC.Collect();
        output.WriteLine($"managed heap {GC.GetTotalMemory(forceFullCollection: true) / 1_000_000} MB, working set {Environment.WorkingSet / 1_000_000} MB");
        GC.KeepAlive(matcher);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
}
