using System.Diagnostics;
using CareerBot.Core.Understanding;
using CareerBot.Core.Understanding.Safety;

namespace CareerBot.Benchmarks.Understanding;

/// <summary>
/// What reading one message costs before any step runs: safety triage (rules, then the model) and the slot reader, over
/// every message of the labelled safety set: <c>dotnet run -c Release --project tests/CareerBot.Benchmarks -- understanding</c>.
/// </summary>
public static class UnderstandingLatency
{
    public static void Run(TextWriter output)
    {
        var started = Stopwatch.StartNew();
        var first = SafetyTriage.Assess("hello, I'm a copywriter");
        output.WriteLine($"first triage (rules compiled, model loaded): {started.Elapsed.TotalMilliseconds:F0} ms ({first.Level})");
        var messages = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Understanding", "safety_dev.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t')[3])
            .ToArray();

        Measure(output, "safety triage", messages, text => SafetyTriage.Assess(text));
        Measure(output, "message reader", messages, text => MessageReader.Read(text, AskedFor.Job));
    }

    private static void Measure(TextWriter output, string name, string[] messages, Action<string> read)
    {
        const int Rounds = 20;
        var samples = new List<double>(Rounds * messages.Length);
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var message in messages)
            {
                var timer = Stopwatch.GetTimestamp();
                read(message);
                samples.Add(Stopwatch.GetElapsedTime(timer).TotalMicroseconds);
            }
        }

        var slowest = messages.MaxBy(message =>
        {
            var timer = Stopwatch.GetTimestamp();
            read(message);
            return Stopwatch.GetElapsedTime(timer).TotalMicroseconds;
        });
        samples.Sort();
        output.WriteLine($"{name}: slowest message has {slowest!.Length} characters");
        output.WriteLine($"{name} over {samples.Count} messages: p50 {At(samples, 0.50):F0} µs, p90 {At(samples, 0.90):F0} µs, p99 {At(samples, 0.99):F0} µs, max {samples[^1]:F0} µs");
    }

    private static double At(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
}
