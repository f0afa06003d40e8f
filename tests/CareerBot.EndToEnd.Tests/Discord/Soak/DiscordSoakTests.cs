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
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("careerbot-discord-soak-");
    private readonly FakeDiscordServer discord = new();
    private readonly ReplyLedger ledger = new();
    private readonly SoakSize size = SoakSize.FromEnvironment();
    private readonly FaultTally faults = new();
    private RestEmulator rest = null!;
    private GatewayEmulator gateway = null!;
    private BotProcess bot = null!;
    private SoakReference reference = null!;
    private int timeouts;
    private int botErrors;
    private int botWarnings;

    public Task InitializeAsync()
    {
        rest = new RestEmulator(discord, ledger, size.Route429Rate, size.Global429Rate, seed: 7);
        discord.Handler = rest.Handle;
        gateway = new GatewayEmulator(discord, BotId);
        bot = StartBot();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Soak_ConversationsThroughGatewayAndRestFaults_NoReplyLostOrDuplicated()
    {
        await gateway.WaitForRecoveryAsync(0, TimeSpan.FromSeconds(90));
        reference = await RecordReferenceAsync();

        rest.InjectFaults = true;
        var clock = Stopwatch.StartNew();
        var load = Task.WhenAll(Enumerable.Range(0, size.People).Select(RunPersonAsync));
        var work = Task.WhenAll(load, InjectFaultsAsync(load));
        var watch = WatchAsync(load);
        await await Task.WhenAny(work, watch); // a stalled soak fails at once instead of waiting out every turn
        await Task.WhenAll(work, watch);
        await SettleAsync();
        clock.Stop();

        CountLogLevels(bot);
        var tally = SoakTally.Count(ledger, reference, size.People, size.Turns);
        var report = SoakReport.Render(size, reference, tally, faults, rest, ledger, gateway.Counters, timeouts, clock.Elapsed) + $"Bot log (all processes): {botErrors} errors, {botWarnings} warnings.\n";
        output.WriteLine(report);
        SoakReport.Write(report);
        Assert.Equal(0, tally.Duplicated);
        Assert.Equal(0, tally.Lost);
        Assert.Equal(tally.Expected, tally.Delivered);
        Assert.Equal(0, rest.Tracker.DuplicateAcknowledgements);
        Assert.Equal(0, gateway.Counters.AbandonedBySessionChange);
        Assert.Equal(1 + gateway.Counters.InvalidSessionNotResumable, gateway.Counters.Identifies); // a restart resumes
        Assert.Equal(0, rest.Tracker.OriginalsNeverFilled);
        Assert.Equal(size.Faults, faults.Total);
        Assert.False(bot.HasExited, bot.Output);
        Assert.True(botErrors == 0, "the bot logged errors:\n" + bot.Output);
        Assert.DoesNotContain(Token, bot.Output, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await gateway.DisposeAsync();
        await discord.DisposeAsync();
        folder.Delete(recursive: true);
    }

    private BotProcess StartBot() => BotProcess.Start(folder.FullName, new Dictionary<string, string>
    {
        ["Discord__BotToken"] = Token,
        ["Discord__ApiBaseUrl"] = discord.ApiBaseUrl,

        // The emulator beats every second; saving at every ACK, as with Discord's 41 s beats and the default 30 s.
        ["Discord__SessionSaveSeconds"] = "1",
        ["Storage__DatabasePath"] = Path.Combine(folder.FullName, "careerbot.db"),
        ["DOTNET_ENVIRONMENT"] = "Production",
    });

    /// <summary>Two people talk without faults; the replies per turn (and their text) are what everyone should get.</summary>
    private async Task<SoakReference> RecordReferenceAsync()
    {
        var users = new[] { "7000000000000000001", "7000000000000000002" };
        var perTurn = new int[size.Turns];
        for (var turn = 0; turn < size.Turns; turn++)
        {
            var before = users.Select(u => ledger.Of(u).Count).ToArray();
            foreach (var user in users)
            {
                var (type, data) = SoakEvents.For(user, turn);
                await gateway.DispatchAsync(type, data);
            }

            foreach (var (user, index) in users.Select((u, i) => (u, i)))
            {
                await ledger.Of(user).WaitForQuietAsync(before[index] + 1, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(30));
            }

            perTurn[turn] = ledger.Of(users[0]).Count - before[0];
        }

        var first = ledger.Of(users[0]).Snapshot().Select(r => r.Signature).ToList();
        var second = ledger.Of(users[1]).Snapshot().Select(r => r.Signature).ToList();
        Assert.Equal(first, second); // the dialogue answers everyone alike, so one transcript can judge all
        Assert.All(perTurn, count => Assert.True(count > 0, "every scripted turn must get a reply"));
        return new SoakReference(perTurn, first);
    }

    private async Task RunPersonAsync(int person)
    {
        var random = new Random(person);
        var user = SoakEvents.UserId(person);
        var replies = ledger.Of(user);
        var expected = 0;
        await Task.Delay(size.ThinkTime * random.NextDouble() * 2);
        for (var turn = 0; turn < size.Turns; turn++)
        {
            expected += reference.PerTurn[turn];
            var (type, data) = SoakEvents.For(user, turn);
            await gateway.DispatchAsync(type, data);
            if (!await replies.WaitForAsync(expected, TurnTimeout))
            {
                Interlocked.Increment(ref timeouts);
            }

            await Task.Delay(size.ThinkTime * random.NextDouble());
        }
    }

    /// <summary>Fails the soak, with what the gateway and the bot were doing, when no reply arrived for a minute.</summary>
    private async Task WatchAsync(Task load)
    {
        var last = -1;
        while (!load.IsCompleted)
        {
            await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(60)));
            var now = ledger.Total;
            if (!load.IsCompleted && now == last)
            {
                var tail = string.Join('\n', bot.Output.Split('\n').TakeLast(60));
                Assert.Fail($"No reply for 60 s ({now} so far). Gateway: {gateway.Describe()}. Faults so far: {faults.Total}.\nBot output (last 60 lines):\n{tail}");
            }

            last = now;
        }
    }

    private void CountLogLevels(BotProcess process)
    {
        var lines = process.Output.Split('\n');
        botErrors += lines.Count(l => l.StartsWith("fail:", StringComparison.Ordinal) || l.StartsWith("crit:", StringComparison.Ordinal));
        botWarnings += lines.Count(l => l.StartsWith("warn:", StringComparison.Ordinal));
    }

    /// <summary>Waits until no reply arrived for a few seconds, so late duplicates are counted too.</summary>
    private async Task SettleAsync()
    {
        var quiet = TimeSpan.FromSeconds(3);
        while (true)
        {
            var before = ledger.Total;
            await Task.Delay(quiet);
            if (ledger.Total == before)
            {
                return;
            }
        }
    }
}
