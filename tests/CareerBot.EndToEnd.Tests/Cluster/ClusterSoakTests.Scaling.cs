using System.Diagnostics;
using CareerBot.EndToEnd.Tests.Telegram.Soak;

namespace CareerBot.EndToEnd.Tests.Cluster;

public sealed partial class ClusterSoakTests
{
    private const long FirstScalingPerson = 5_000_000;

    /// <summary>
    /// Telegram throughput with 1, 2 and 3 webhook processes on the same database: a burst of people × 2 turns each
    /// (everyone at once, no kills), replies per second and the first reply's wait, and where the CPU went.
    /// </summary>
    private async Task<IReadOnlyList<ScalingRun>> MeasureScalingAsync(IReadOnlyList<SoakScript> recorded, int seed)
    {
        await StopDiscordAsync();

        // The first two steps of the recorded scripts: a new chat answers them alike (the reference chats are used up).
        var scripts = recorded.Select(s => s with { Steps = [.. s.Steps.Take(2)] }).ToList();
        var runs = new List<ScalingRun>();
        for (var processes = 1; processes <= 3; processes++)
        {
            await StopTelegramNodesAsync();
            await StartTelegramNodesAsync(processes);
            var settings = TelegramSettings(_size.ScalingPeople, 2) with { RampUp = TimeSpan.Zero, MaxThink = TimeSpan.Zero };
            var first = FirstScalingPerson + (processes * 100_000);
            var people = Enumerable.Range(0, _size.ScalingPeople)
                .Select(i => new SoakPerson(_soak, first + i, scripts[i % scripts.Count], settings, seed + i))
                .ToList();
            var sentBefore = await _soak.BotMessageCountAsync(CancellationToken.None);
            var cpuBefore = CpuNow();
            var clock = Stopwatch.StartNew();
            var results = await Task.WhenAll(people.Select(p => p.RunAsync(() => { }, CancellationToken.None)));
            clock.Stop();
            var cpu = CpuNow() - cpuBefore;
            var sent = await _soak.BotMessageCountAsync(CancellationToken.None) - sentBefore;
            var firstReplies = results.SelectMany(r => r.FirstReplyLatenciesMs).Order().ToList();
            runs.Add(new ScalingRun(processes, _size.ScalingPeople, sent, clock.Elapsed, firstReplies, cpu, results.Count(r => r.GaveUp is null)));
            output.WriteLine(runs[^1].ToString());
        }

        return runs;
    }
}

/// <summary>One throughput measurement: how many Telegram processes, what was sent, how fast, and where the CPU went.</summary>
internal sealed record ScalingRun(int Processes, int People, int Sent, TimeSpan Wall, IReadOnlyList<double> FirstRepliesMs, CpuUse Cpu, int Finished)
{
    public double PerSecond => Sent / Math.Max(0.001, Wall.TotalSeconds);

    public override string ToString() => FormattableString.Invariant(
        $"| {Processes} | {People} × 2 | {Sent} | {Wall.TotalSeconds:F1} s | {PerSecond:F1} | {SoakOutcome.Spread(FirstRepliesMs)} | {Finished}/{People} | {Cpu.Describe(Wall)} |");
}
