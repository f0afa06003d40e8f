using System.Diagnostics;
using System.Globalization;
using CareerBot.EndToEnd.Tests.Telegram;
using CareerBot.EndToEnd.Tests.Telegram.Soak;
using Xunit.Abstractions;

namespace CareerBot.EndToEnd.Tests.Cluster;

/// <summary>
/// Issue 13's proof with several processes: one PostgreSQL database; Telegram webhook processes behind a round-robin
/// forwarder fed by the emulator; Discord shard processes on the fake gateway. People hold scripted conversations on both
/// platforms while one process at random is SIGKILLed and restarted every 20 s; moderators schedule weekly prompts that
/// fall inside the run. Every reply must arrive exactly once (a duplicate only where a kill hit between the platform
/// accepting a message and the bot recording it), nothing may be lost, and each weekly slot is posted once.
/// The full run (./soak.sh cluster) also measures Telegram throughput with 1, 2 and 3 webhook processes.
/// </summary>
[Trait("Category", "SoakCluster")]
[Collection(TelegramProcesses.Name)]
public sealed partial class ClusterSoakTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Secret = "cluster-soak-secret_0123456789";
    private const string PublicWebhookUrl = "https://careerbot.example.test/telegram/webhook";
    private const long FirstTelegramPerson = 3_000_000;
    private const int TelegramProcessCount = 2;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("careerbot-cluster-");
    private readonly ClusterSize _size = ClusterSize.FromEnvironment();
    private readonly List<ClusterNode> _telegramNodes = [];
    private readonly List<ClusterNode> _discordNodes = [];
    private readonly List<long> _killTimes = [];
    private readonly List<string> _killLog = [];
    private readonly List<string> _stoppedOutputs = []; // output of nodes stopped before the end (the scaling phase)
    private ClusterDatabase _database = null!;
    private TelegramEmulator _emulator = null!;
    private SoakEmulator _soak = null!;
    private WebhookForwarder _forwarder = null!;

    private IEnumerable<ClusterNode> AllNodes => _telegramNodes.Concat(_discordNodes);

    public async Task InitializeAsync()
    {
        _database = await ClusterDatabase.CreateAsync();
        _emulator = await TelegramEmulator.StartAsync();
        _soak = new SoakEmulator(_emulator);
        _forwarder = WebhookForwarder.Start(Secret);
    }

    [Fact]
    public async Task Cluster_OneProcessKilledEvery20Seconds_EveryReplyOnceAndEachWeeklySlotPostedOnce()
    {
        var seed = Environment.GetEnvironmentVariable("CAREERBOT_SOAK_SEED") is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : Random.Shared.Next();
        var random = new Random(seed);
        await StartTelegramNodesAsync(TelegramProcessCount);
        await StartDiscordAsync();

        var telegramSettings = TelegramSettings(_size.TelegramPeople, _size.Turns);
        var quiet = TimeSpan.FromMilliseconds(telegramSettings.PerChatIntervalMilliseconds + 800);
        var scripts = await ReferenceRecorder.RecordAllAsync(_soak, _size.Turns, quiet, CancellationToken.None);
        var discordReference = await RecordDiscordReferenceAsync();
        var weekly = await ScheduleWeeklyAsync();

        var people = Enumerable.Range(0, _size.TelegramPeople)
            .Select(i => new SoakPerson(_soak, FirstTelegramPerson + i, scripts[i % scripts.Count], telegramSettings, seed + i))
            .ToList();
        var cpuBefore = CpuNow();
        var clock = Stopwatch.StartNew();
        var turnsDone = 0;
        var telegram = Task.WhenAll(people.Select(p => p.RunAsync(() => Interlocked.Increment(ref turnsDone), CancellationToken.None)));
        var discord = RunDiscordPeopleAsync(discordReference);
        var running = Task.WhenAll(telegram, discord);
        await KillEveryAsync(running, random);
        var results = await telegram;
        await discord;
        await _soak.WaitForQuietAsync(CancellationToken.None);
        await SettleDiscordAsync();
        clock.Stop();
        var cpu = CpuNow() - cpuBefore;

        var telegramTally = await TallyTelegramAsync(people, results);
        var discordTally = TallyDiscord(discordReference);
        var weeklyPosts = await CountWeeklyPostsAsync(weekly);
        var leftInOutbox = await _database.CountAsync("SELECT count(*) FROM outbox");
        var discordProcesses = _discordNodes.Count;
        var scaling = _size.ScalingPeople > 0 ? await MeasureScalingAsync(scripts, seed) : [];

        var report = ClusterReport.Render(
            _size, seed, TelegramProcessCount, discordProcesses, _killLog, telegramTally, discordTally, results, weeklyPosts, leftInOutbox,
            clock.Elapsed, cpu, _forwarder, ErrorLines(), scaling);
        output.WriteLine(report);
        var artifacts = Path.Combine(RepositoryPaths.Root, "artifacts", "soak");
        Directory.CreateDirectory(artifacts);
        await File.WriteAllTextAsync(Path.Combine(artifacts, "cluster.md"), report);

        Assert.True(_killLog.Count >= 2, report);
        Assert.Equal(0, telegramTally.Lost);
        Assert.Equal(0, telegramTally.Duplicated - telegramTally.KillWindowDuplicates);
        Assert.Equal(0, telegramTally.Unexpected);
        Assert.Equal(0, discordTally.Lost);
        Assert.Equal(0, discordTally.Duplicated);
        Assert.All(weeklyPosts, w => Assert.True(w.Posts == 1, $"weekly slot in {w.ChatId} posted {w.Posts} times\n{report}"));
        Assert.Equal(0, leftInOutbox);
        Assert.DoesNotContain(AllNodes.SelectMany(n => n.Outputs), o => o.Contains("crit:", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        foreach (var node in AllNodes)
        {
            await node.DisposeAsync();
        }

        await DisposeDiscordAsync();
        await _forwarder.DisposeAsync();
        _soak.Dispose();
        await _emulator.DisposeAsync();
        await _database.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    private static SoakSettings TelegramSettings(int people, int turns) => SoakSettings.Short with
    {
        Name = "cluster",
        People = people,
        Turns = turns,
        Kills = 0,
        RampUp = TimeSpan.FromSeconds(people > 100 ? 20 : 4),
        MaxThink = ClusterSize.FromEnvironment().MaxThink,
        ReplyTimeout = ClusterSize.FromEnvironment().ReplyTimeout,
        PerChatIntervalMilliseconds = 200,
        Faults = [],
    };

    private async Task StartTelegramNodesAsync(int count)
    {
        for (var i = _telegramNodes.Count; i < count; i++)
        {
            var node = ClusterNode.TelegramWebhook(i + 1, _folder, _database.ConnectionString, _emulator.BaseUrl, PublicWebhookUrl, Secret, new Dictionary<string, string>
            {
                ["Telegram__PerChatIntervalMilliseconds"] = "200",
                ["Prompts__MaxSleep"] = "00:00:10", // every process looks at the schedules often, so they compete for each slot
            });
            node.Start();
            _telegramNodes.Add(node);
        }

        await Task.WhenAll(_telegramNodes.Select(n => n.WaitUntilListeningAsync(TimeSpan.FromSeconds(90))));
        _forwarder.Route(_telegramNodes.Select(n => n.BaseUrl + "/telegram/webhook"));
        await WaitForWebhookAsync();
        await _emulator.PushWebhookToAsync(_forwarder.Url); // the public https URL resolves to the forwarder, as a load balancer's would
    }

    private async Task StopTelegramNodesAsync()
    {
        foreach (var node in _telegramNodes)
        {
            _stoppedOutputs.AddRange(node.Outputs);
            await node.DisposeAsync();
        }

        _telegramNodes.Clear();
    }

    /// <summary>One process registered the public webhook URL (setWebhook), so the emulated Telegram pushes user messages.</summary>
    private async Task WaitForWebhookAsync()
    {
        for (var i = 0; i < 300; i++)
        {
            if ((await _emulator.WebhookAsync()).Webhook is not null)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("No process called setWebhook:\n" + string.Join("\n---\n", _telegramNodes.Select(n => n.Current.Output)));
    }

    private async Task KillEveryAsync(Task running, Random random)
    {
        while (!running.IsCompleted)
        {
            await Task.WhenAny(running, Task.Delay(_size.KillEvery));
            if (running.IsCompleted)
            {
                return;
            }

            var nodes = AllNodes.ToList();
            var victim = nodes[random.Next(nodes.Count)];
            _killTimes.Add(TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds());
            await victim.KillAndRestartAsync();
            _killLog.Add($"{_killLog.Count + 1}: {victim.Name} at {TimeProvider.System.GetUtcNow():HH:mm:ss}");
            output.WriteLine("killed and restarted " + victim.Name);
        }
    }

    private async Task<TelegramTally> TallyTelegramAsync(List<SoakPerson> people, PersonResult[] results)
    {
        var sentLog = (await _soak.SentLogAsync(CancellationToken.None)).ToDictionary(m => m.Id);
        var chats = new List<ChatTally>();
        var notes = new List<string>();
        var killWindow = 0;
        foreach (var person in people)
        {
            var messages = await _soak.MessagesAsync(person.ChatId, CancellationToken.None);
            var tally = ChatTally.Of([.. person.Script.ExpectedReplies], [.. messages.Select(SoakScript.Sent)]);
            chats.Add(tally);
            var duplicates = tally.Extra.Where(t => person.Script.ExpectedReplies.Contains(t))
                .Select(text => AnomalyLog.DuplicateNote(person.ChatId, text, messages, sentLog, _killTimes)).ToList();
            notes.AddRange(duplicates.Select(d => d.Note));
            killWindow += duplicates.Count(d => d.KillWindow);
        }

        return new TelegramTally(chats, notes, killWindow, results.Count(r => r.GaveUp is null));
    }

    private IEnumerable<string> AllOutputs => AllNodes.SelectMany(n => n.Outputs).Concat(_stoppedOutputs);

    private int ErrorLines() => AllOutputs.Sum(o => o.Split('\n').Count(l => l.StartsWith("fail:", StringComparison.Ordinal)));

    private CpuUse CpuNow() => new(
        AllNodes.Sum(n => n.CpuSeconds),
        CpuSampler.SecondsOf("postgres"),
        CpuSampler.SecondsOf("node"),
        CpuSampler.SecondsOf([Environment.ProcessId]));
}
