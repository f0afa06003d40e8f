using BenchmarkDotNet.Attributes;
using CareerBot.Core.Occupations.Matching;
using CareerBot.Storage.LiteDb.Occupations.Vocabulary;

namespace CareerBot.Benchmarks.Occupations;

/// <summary>
/// Single-threaded title-match latency over the full seed vocabulary. One invocation runs the whole query mix;
/// <see cref="QueryMix"/> gives the per-query figures (p50/p99) when run with <c>--job short</c> or through
/// <c>TitleMatchLatency</c>.
/// </summary>
[MemoryDiagnoser]
public class TitleMatchBenchmarks
{
    private TitleMatcher _matcher = null!;

    [ParamsSource(nameof(Queries))]
    public string Query { get; set; } = string.Empty;

    public static IEnumerable<string> Queries => QueryMix.Sample;

    [GlobalSetup]
    public void Setup() => _matcher = new TitleMatcher(TitleVocabularyReader.Read(Path.Combine(AppContext.BaseDirectory, "seeds")));

    [Benchmark]
    public int Match() => _matcher.Match(Query, 3).Count;
}
