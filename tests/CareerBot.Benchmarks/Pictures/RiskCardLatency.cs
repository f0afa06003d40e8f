using System.Diagnostics;
using CareerBot.Pictures;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerBot.Benchmarks.Pictures;

/// <summary>
/// What drawing one risk card costs: the first card (fonts read, ScottPlot and Skia initialised), then, after a warm-up,
/// <c>count</c> cards in turn over the four <see cref="BenchmarkCards"/>, one at a time on one thread:
/// <c>dotnet run -c Release --project tests/CareerBot.Benchmarks -- pictures [count]</c>. Target: ≤ 50 ms a card.
/// </summary>
public static class RiskCardLatency
{
    private const int WarmUpRounds = 10;

    public static void Run(TextWriter output, int count)
    {
        var renderer = new RiskCardRenderer(NullLogger<RiskCardRenderer>.Instance);
        var cards = BenchmarkCards.All;

        var started = Stopwatch.GetTimestamp();
        renderer.RenderPng(cards[0].Picture);
        output.WriteLine($"first card (fonts, ScottPlot, Skia initialised): {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");

        for (var round = 0; round < WarmUpRounds; round++)
        {
            foreach (var (_, picture) in cards)
            {
                renderer.RenderPng(picture);
            }
        }

        // Thread CPU time as well as wall time: on a shared 2-core machine other processes stretch the wall time.
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var samples = new List<double>(count);
        var bytes = cards.ToDictionary(card => card.Name, _ => 0);
        for (var i = 0; i < count; i++)
        {
            var (name, picture) = cards[i % cards.Count];
            var timer = Stopwatch.GetTimestamp();
            var png = renderer.RenderPng(picture);
            samples.Add(Stopwatch.GetElapsedTime(timer).TotalMilliseconds);
            bytes[name] = png.Length;
        }

        var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
        samples.Sort();
        output.WriteLine($"{count} cards after warm-up: p50 {At(samples, 0.50):F1} ms, p95 {At(samples, 0.95):F1} ms, max {samples[^1]:F1} ms; process CPU {cpu.TotalMilliseconds / count:F1} ms a card");
        foreach (var (name, size) in bytes)
        {
            output.WriteLine($"  {name}: {size:N0} bytes");
        }
    }

    private static double At(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
}
