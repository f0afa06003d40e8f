using System.Diagnostics;
using CareerBot.Core.Occupations.Matching;
using CareerBot.Storage.LiteDb.Occupations.Vocabulary;

namespace CareerBot.Benchmarks.Startup;

/// <summary>
/// Start-up of the local chat as a person meets it: <c>dotnet CareerBot.dll chat</c> fed one line on an already seeded
/// database, as separate processes (elapsed and peak RSS, median and range), then where the title index's time goes.
/// <c>dotnet run -c Release --project tests/CareerBot.Benchmarks -- startup [path/to/CareerBot.dll] [runs]</c>; without a
/// path it runs the CareerBot.dll built next to this program (jitted); pass a published one (ReadyToRun, what ships),
/// e.g. artifacts/publish/CareerBot.dll after <c>dotnet publish src/CareerBot -c Release -o artifacts/publish</c>.
/// </summary>
public static class ChatStartup
{
    private const string Line = "I'm a nurse";

    public static async Task RunAsync(TextWriter output, string? hostDll, int runs)
    {
        var host = Path.GetFullPath(hostDll ?? Path.Combine(AppContext.BaseDirectory, "CareerBot.dll"));
        var folder = Path.Combine(Path.GetTempPath(), "careerbot-startup-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var database = Path.Combine(folder, "careerbot.db");
            output.WriteLine($"host: {host}");
            output.WriteLine($"first start, new database (imports the seeds, builds and saves the title index): {Describe(await ChildRun.MeasureAsync(host, database, Line))}");
            var samples = new List<StartupSample>();
            for (var run = 0; run < runs; run++)
            {
                samples.Add(await ChildRun.MeasureAsync(host, database, Line));
            }

            var elapsed = samples.Select(s => s.Elapsed.TotalSeconds).Order().ToList();
            var peak = samples.Select(s => s.PeakBytes / 1048576.0).Order().ToList();
            output.WriteLine($"chat fed \"{Line}\", seeded database, {runs} runs: elapsed median {Median(elapsed):F2} s (range {elapsed[0]:F2}–{elapsed[^1]:F2} s), " +
                $"peak RSS median {Median(peak):F0} MiB (range {peak[0]:F0}–{peak[^1]:F0} MiB){(samples.All(s => s.Exact) ? string.Empty : ", sampled")}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        TitleIndex(output);
    }

    /// <summary>In this process (so jitted, and sharing its warm-up): building the index from the seeds against loading it.</summary>
    private static void TitleIndex(TextWriter output)
    {
        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
        var (built, buildTime, buildBytes) = Measure(() => new TitleMatcher(TitleVocabularyReader.Read(seeds)));
        using var saved = new MemoryStream();
        built.Save(saved);
        saved.Position = 0;
        var (_, loadTime, loadBytes) = Measure(() => TitleMatcher.Load(saved));
        output.WriteLine($"title index in process: built from the seeds {buildTime.TotalMilliseconds:F0} ms, {buildBytes / 1048576.0:F0} MiB allocated; " +
            $"saved {saved.Length / 1048576.0:F1} MiB; loaded {loadTime.TotalMilliseconds:F0} ms, {loadBytes / 1048576.0:F0} MiB allocated");
    }

    private static (T Result, TimeSpan Time, long AllocatedBytes) Measure<T>(Func<T> work)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var started = Stopwatch.GetTimestamp();
        var result = work();
        return (result, Stopwatch.GetElapsedTime(started), GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }

    private static string Describe(StartupSample sample) =>
        $"{sample.Elapsed.TotalSeconds:F2} s, peak RSS {sample.PeakBytes / 1048576.0:F0} MiB";

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
