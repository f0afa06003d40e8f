using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace CareerBot.EndToEnd.Tests.Telegram.Soak;

/// <summary>
/// Issue 12's burst: everyone writes to the real bot process at the same moment and answers as soon as asked, two turns
/// each, while the emulator answers 10% of sendMessage calls 2 s late; no kills and no other faults. Measures how long
/// a turn's first reply and its complete replies take and the sustained message rate (artifacts/soak/telegram-burst.md);
/// asserts only what must hold at any speed: every reply delivered exactly once. 60 people by default (CI);
/// CAREERBOT_SOAK=full for 300 (./soak.sh burst).
/// </summary>
[Collection(TelegramProcesses.Name)]
[Trait("Category", "SoakTelegramBurst")]
public sealed class TelegramBurstTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const long FirstPerson = 2_000_000;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("careerbot-burst-");
    private readonly SoakSettings _settings = SoakSettings.BurstFromEnvironment();
    private TelegramEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await TelegramEmulator.StartAsync();

    [Fact]
    public async Task Burst_EveryoneAtOnceWithSlowSends_EveryReplyDeliveredExactlyOnce()
    {
        using var emulator = new SoakEmulator(_emulator);
        var seed = Environment.GetEnvironmentVariable("CAREERBOT_SOAK_SEED") is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : Random.Shared.Next();

        // No pacing setting is passed: the bot runs at its configured rates.
        await using var bot = new BotSupervisor(_emulator.BaseUrl, Path.Combine(_folder.FullName, "bot.db"), new Dictionary<string, string>
        {
            ["Logging__LogLevel__CareerBot"] = "Information",
        });
        bot.Start();
        var quiet = TimeSpan.FromMilliseconds(_settings.PerChatIntervalMilliseconds + 800);
        var scripts = await ReferenceRecorder.RecordAllAsync(emulator, _settings.Turns, quiet, CancellationToken.None);
        var people = Enumerable.Range(0, _settings.People)
            .Select(i => new SoakPerson(emulator, FirstPerson + i, scripts[i % scripts.Count], _settings, seed + i))
            .ToList();
        var sentBefore = await emulator.BotMessageCountAsync(CancellationToken.None);
        await emulator.SetFaultRulesAsync(_settings.Faults, seed, CancellationToken.None);
        var loadBefore = LoadAverage();

        // No ramp-up: every person acts within the same few milliseconds, so this is the first action's time.
        var firstAction = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(people.Select(p => p.RunAsync(() => { }, CancellationToken.None)));
        await emulator.SetFaultRulesAsync([], seed, CancellationToken.None);
        await emulator.WaitForQuietAsync(CancellationToken.None);
        clock.Stop();
        bot.SamplePeakMemory();

        var chats = new List<(long ChatId, ChatTally Tally, PersonResult Person)>();
        foreach (var (person, result) in people.Zip(results))
        {
            var messages = await emulator.MessagesAsync(person.ChatId, CancellationToken.None);
            chats.Add((person.ChatId, ChatTally.Of([.. person.Script.ExpectedReplies], [.. messages.Select(SoakScript.Sent)]), result));
        }

        var burstChats = people.Select(p => p.ChatId).ToHashSet();
        var sent = (await emulator.SentLogAsync(CancellationToken.None)).Where(m => burstChats.Contains(m.ChatId)).Select(m => m.Time - firstAction).ToList();
        var lastMessage = firstAction + sent.DefaultIfEmpty(0).Max();
        var perSecond = Enumerable.Range(0, (int)(sent.DefaultIfEmpty(0).Max() / 1000) + 1).Select(second => sent.Count(t => t / 1000 == second)).ToList();
        var outcome = new BurstOutcome(
            _settings, seed, await emulator.FaultCountsAsync(CancellationToken.None), results, [.. chats.Select(c => c.Tally)], clock.Elapsed,
            TimeSpan.FromMilliseconds(lastMessage - firstAction), await emulator.BotMessageCountAsync(CancellationToken.None) - sentBefore, perSecond, bot.PeakMemoryBytes,
            bot.Outputs.Sum(o => o.Split('\n').Count(l => l.Contains("fail:", StringComparison.Ordinal))),
            $"{Environment.ProcessorCount} cores, shared with other work; load average {loadBefore} before the burst, {LoadAverage()} after");
        var table = outcome.ToMarkdown();
        output.WriteLine(table);
        var artifacts = Path.Combine(RepositoryPaths.Root, "artifacts", "soak");
        Directory.CreateDirectory(artifacts);
        await File.WriteAllTextAsync(Path.Combine(artifacts, "telegram-burst.md"), table);
        await File.WriteAllTextAsync(Path.Combine(artifacts, "telegram-burst-anomalies.log"), await AnomalyLog.BuildAsync(emulator, chats, bot.Outputs, []));

        // The latency and throughput targets are in the table, not here: this machine's speed is not the bot's correctness.
        Assert.True(outcome.Faults.GetValueOrDefault("sendMessage:slow") > 0, $"no slow sendMessage injected\n{table}");
        Assert.Equal(0, outcome.Lost);
        Assert.Equal(0, outcome.Duplicated);
        Assert.Equal(0, outcome.Unexpected);
        Assert.Equal(outcome.Expected, outcome.Delivered);
        Assert.All(results, r => Assert.Null(r.GaveUp));
        Assert.False(bot.Current.HasExited, bot.Current.Output);
        Assert.DoesNotContain(bot.Outputs, o => o.Contains("crit:", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    /// <summary>The 1-minute load average (/proc/loadavg), to read the timings against; "n/a" off Linux.</summary>
    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}
