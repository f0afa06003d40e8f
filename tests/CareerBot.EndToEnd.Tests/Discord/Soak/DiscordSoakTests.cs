using System.Diagnostics;
using CareerBot.Discord.Tests.Fakes;
using Xunit.Abstractions;

namespace CareerBot.EndToEnd.Tests.Discord.Soak;

/// <summary>
/// The Discord fault-injection soak (issue 7): the real bot process against the fake Discord, many people holding
/// conversations in DMs and through slash commands while the gateway drops, reconnects, invalidates sessions and
/// goes silent, REST answers 429s of every scope, and the process is SIGKILLed and restarted. Every person's replies
/// are compared with a reference person's: none may be lost or come twice. Short by default; CAREERBOT_SOAK=full for
/// the full size. Writes artifacts/soak/discord.md.
/// </summary>
[Trait("Category", "SoakDiscord")]
[Collection(SoakProcesses.Name)]
public sealed partial class DiscordSoakTests(ITestOutputHelper output) : IAsyncLifetime
{
    public const string BotId = "900000000000000001";
    private const string Token = "fake-discord-token.soak-only.never-logged-0007";
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(90);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("careerbot-discord-soak-");
    private readonly FakeDiscordServer _discord = new();
    private readonly ReplyLedger _ledger = new();
    private readonly SoakSize _size = SoakSize.FromEnvironment();
    private readonly FaultTally _faults = new();
    private RestEmulator _rest = null!;
    private GatewayEmulator _gateway = null!;
    private BotProcess _bot = null!;
    private SoakReference _reference = null!;
    private int _timeouts;
    private int _botErrors;
    private int _botWarnings;

    public Task InitializeAsync()
    {
        _rest = new RestEmulator(_discord, _ledger, _size.Route429Rate, _size.Global429Rate, seed: 7);
        _discord.Handler = _rest.Handle;
        _gateway = new GatewayEmulator(_discord, BotId);
        _bot = StartBot();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Soak_ConversationsThroughGatewayAndRestFaults_NoReplyLostOrDuplicated()
    {
        await _gateway.WaitForRecoveryAsync(0, TimeSpan.FromSeconds(90));
        _reference = await RecordReferenceAsync();

        _rest.InjectFaults = true;
        var clock = Stopwatch.StartNew();
        var load = Task.WhenAll(Enumerable.Range(0, _size.People).Select(RunPersonAsync));
        var work = Task.WhenAll(load, InjectFaultsAsync(load));
        var watch = WatchAsync(load);
        await await Task.WhenAny(work, watch); // a stalled soak fails at once instead of waiting out every turn
        await Task.WhenAll(work, watch);
        await SettleAsync();
        clock.Stop();

        CountLogLevels(_bot);
        var tally = SoakTally.Count(_ledger, _reference, _size.People, _size.Turns);
        var report = SoakReport.Render(_size, _reference, tally, _faults, _rest, _ledger, _gateway.Counters, _timeouts, clock.Elapsed) + $"Bot log (all processes): {_botErrors} errors, {_botWarnings} warnings.\n";
        output.WriteLine(report);
        SoakReport.Write(report);
        Assert.Equal(0, tally.Duplicated);
        Assert.Equal(0, tally.Lost);
        Assert.Equal(tally.Expected, tally.Delivered);
        Assert.Equal(0, _rest.Tracker.DuplicateAcknowledgements);
        Assert.Equal(0, _gateway.Counters.AbandonedBySessionChange);
        Assert.Equal(1 + _gateway.Counters.InvalidSessionNotResumable, _gateway.Counters.Identifies); // a restart resumes
        Assert.Equal(0, _rest.Tracker.OriginalsNeverFilled);
        Assert.Equal(_size.Faults, _faults.Total);
        Assert.False(_bot.HasExited, _bot.Output);
        Assert.True(_botErrors == 0, "the bot logged errors:\n" + _bot.Output);
        Assert.DoesNotContain(Token, _bot.Output, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _gateway.DisposeAsync();
        await _discord.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    private BotProcess StartBot() => BotProcess.Start(_folder.FullName, new Dictionary<string, string>
    {
        ["Discord__BotToken"] = Token,
        ["Discord__ApiBaseUrl"] = _discord.ApiBaseUrl,

        // The emulator beats every second; saving at every ACK, as with Discord's 41 s beats and the default 30 s.
        ["Discord__SessionSaveSeconds"] = "1",
        ["Storage__DatabasePath"] = Path.Combine(_folder.FullName, "careerbot.db"),
        ["DOTNET_ENVIRONMENT"] = "Production",
    });

    /// <summary>Two people talk without faults; the replies per turn (and their text) are what everyone should get.</summary>
    private async Task<SoakReference> RecordReferenceAsync()
    {
        var users = new[] { "7000000000000000001", "7000000000000000002" };
        var perTurn = new int[_size.Turns];
        for (var turn = 0; turn < _size.Turns; turn++)
        {
            var before = users.Select(u => _ledger.Of(u).Count).ToArray();
            foreach (var user in users)
            {
                var (type, data) = SoakEvents.For(user, turn);
                await _gateway.DispatchAsync(type, data);
            }

            foreach (var (user, index) in users.Select((u, i) => (u, i)))
            {
                await _ledger.Of(user).WaitForQuietAsync(before[index] + 1, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(30));
            }

            perTurn[turn] = _ledger.Of(users[0]).Count - before[0];
        }

        var first = _ledger.Of(users[0]).Snapshot().Select(r => r.Signature).ToList();
        var second = _ledger.Of(users[1]).Snapshot().Select(r => r.Signature).ToList();
        Assert.Equal(first, second); // the dialogue answers everyone alike, so one transcript can judge all
        Assert.All(perTurn, count => Assert.True(count > 0, "every scripted turn must get a reply"));
        return new SoakReference(perTurn, first);
    }

    private async Task RunPersonAsync(int person)
    {
        var random = new Random(person);
        var user = SoakEvents.UserId(person);
        var replies = _ledger.Of(user);
        var expected = 0;
        await Task.Delay(_size.ThinkTime * random.NextDouble() * 2);
        for (var turn = 0; turn < _size.Turns; turn++)
        {
            expected += _reference.PerTurn[turn];
            var (type, data) = SoakEvents.For(user, turn);
            await _gateway.DispatchAsync(type, data);
            if (!await replies.WaitForAsync(expected, TurnTimeout))
            {
                Interlocked.Increment(ref _timeouts);
            }

            await Task.Delay(_size.ThinkTime * random.NextDouble());
        }
    }

    /// <summary>Fails the soak, with what the gateway and the bot were doing, when no reply arrived for a minute.</summary>
    private async Task WatchAsync(Task load)
    {
        var last = -1;
        while (!load.IsCompleted)
        {
            await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(60)));
            var now = _ledger.Total;
            if (!load.IsCompleted && now == last)
            {
                var tail = string.Join('\n', _bot.Output.Split('\n').TakeLast(60));
                Assert.Fail($"No reply for 60 s ({now} so far). Gateway: {_gateway.Describe()}. Faults so far: {_faults.Total}.\nBot output (last 60 lines):\n{tail}");
            }

            last = now;
        }
    }

    private void CountLogLevels(BotProcess process)
    {
        var lines = process.Output.Split('\n');
        _botErrors += lines.Count(l => l.StartsWith("fail:", StringComparison.Ordinal) || l.StartsWith("crit:", StringComparison.Ordinal));
        _botWarnings += lines.Count(l => l.StartsWith("warn:", StringComparison.Ordinal));
    }

    /// <summary>Waits until no reply arrived for a few seconds, so late duplicates are counted too.</summary>
    private async Task SettleAsync()
    {
        var quiet = TimeSpan.FromSeconds(3);
        while (true)
        {
            var before = _ledger.Total;
            await Task.Delay(quiet);
            if (_ledger.Total == before)
            {
                return;
            }
        }
    }
}
