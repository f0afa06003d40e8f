using CareerBot.Discord.Gateway;
using CareerBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Discord.Tests.Gateway;

/// <summary>
/// Two gateway clients as shards 0 and 1 of 2 (two processes) on one fake Discord, sharing a lease store that spans
/// processes and one fake clock.
/// </summary>
public sealed class GatewayShardTests : IAsyncLifetime
{
    private const string ShardZeroGuild = "81384788765712384";
    private const string ShardOneGuild = Some.GuildId;
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));
    private readonly FakeDiscordServer server;
    private readonly InMemoryLeaseStore leases;
    private readonly DiscordTestHost shardZero;
    private readonly DiscordTestHost shardOne;
    private readonly RecordingDispatchHandler zeroEvents = new();
    private readonly RecordingDispatchHandler oneEvents = new();

    public GatewayShardTests()
    {
        server = new FakeDiscordServer(time);
        leases = new InMemoryLeaseStore(time, spansProcesses: true);
        shardZero = Shard(0);
        shardOne = Shard(1);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await shardZero.DisposeAsync();
        await shardOne.DisposeAsync();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task RunAsync_TwoShardsInOneBucket_SecondIdentifiesFiveSecondsAfterTheFirst()
    {
        var first = await ConnectAsync(shardZero, zeroEvents);
        var firstIdentify = await first.ReceiveOpAsync(2);
        var second = await ConnectAsync(shardOne, oneEvents);

        var early = await Record.ExceptionAsync(() => second.ReceiveOpAsync(2, timeoutMs: 300));
        var secondIdentify = await time.AdvanceUntilAsync(second.ReceiveOpAsync(2), Step);

        Assert.IsAssignableFrom<OperationCanceledException>(early);
        Assert.Equal("[0,2]", firstIdentify.GetProperty("d").GetProperty("shard").GetRawText());
        Assert.Equal("[1,2]", secondIdentify.GetProperty("d").GetProperty("shard").GetRawText());
        var gap = server.IdentifyTimes(1).Single() - server.IdentifyTimes(0).Single();
        Assert.InRange(gap, IdentifyPacer.Window, IdentifyPacer.Window + IdentifyPacer.PollInterval + Step);
        Assert.Single(shardOne.Logs.Lines, l => l.StartsWith("Information 5025", StringComparison.Ordinal));
        Assert.DoesNotContain(shardZero.Logs.Lines, l => l.StartsWith("Information 5025", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_MaxConcurrencyTwo_BothShardsIdentifyAtOnce()
    {
        server.MaxConcurrency = 2;

        var first = await ConnectAsync(shardZero, zeroEvents);
        await first.ReceiveOpAsync(2);
        var second = await ConnectAsync(shardOne, oneEvents);
        await second.ReceiveOpAsync(2);

        Assert.Equal(server.IdentifyTimes(0).Single(), server.IdentifyTimes(1).Single());
        Assert.Equal(["discord:identify:0", "discord:identify:1"], leases.Taken.Select(t => t.Name));
    }

    [Fact]
    public async Task RunAsync_NoSessionStartsLeft_WaitsResetAfterBeforeConnecting()
    {
        server.SessionStartsRemaining = 0;
        server.SessionStartResetAfterMs = 60_000;
        var run = shardZero.RunGatewayAsync(zeroEvents);
        var started = time.GetUtcNow();

        var early = await Record.ExceptionAsync(() => server.NextConnectionAsync(timeoutMs: 300));
        var connection = await time.AdvanceUntilAsync(server.NextConnectionAsync(), TimeSpan.FromSeconds(1));

        Assert.IsAssignableFrom<OperationCanceledException>(early);
        Assert.True(time.GetUtcNow() - started >= TimeSpan.FromMinutes(1));
        Assert.Contains(shardZero.Logs.Lines, l => l.StartsWith("Warning 5012", StringComparison.Ordinal));
        Assert.NotNull(connection);
        Assert.False(run.IsCompleted);
    }

    [Fact]
    public async Task DispatchAsync_GuildAndDirectEvents_ReachTheShardDiscordRoutesThemTo()
    {
        server.MaxConcurrency = 2;
        await ReadyAsync(shardZero, zeroEvents);
        await ReadyAsync(shardOne, oneEvents);

        var guildOne = await server.DispatchAsync("MESSAGE_CREATE", new { id = "11", channel_id = "1", guild_id = ShardOneGuild, author = new { id = "7" } });
        var guildZero = await server.DispatchAsync("INTERACTION_CREATE", new { id = "12", type = 2, token = "t", guild_id = ShardZeroGuild });
        var direct = await server.DispatchAsync("MESSAGE_CREATE", new { id = "13", channel_id = "dm", author = new { id = "7" } });
        var onOne = await oneEvents.NextAsync();
        var onZero = new[] { await zeroEvents.NextAsync(), await zeroEvents.NextAsync() };

        Assert.Equal((1, 2), guildOne.Shard);
        Assert.Equal((0, 2), guildZero.Shard);
        Assert.Equal((0, 2), direct.Shard);
        Assert.Equal(("MESSAGE_CREATE", 2), (onOne.Type, onOne.Sequence));
        Assert.Equal(["INTERACTION_CREATE", "MESSAGE_CREATE"], onZero.Select(d => d.Type));
        Assert.Equal([2, 3], onZero.Select(d => d.Sequence));
        Assert.False(oneEvents.TryTake(out _));
    }

    private DiscordTestHost Shard(int shardId) => new(
        settings: new() { ["Discord:ShardId"] = shardId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Discord:ShardCount"] = "2" },
        server: server,
        time: time,
        leases: leases);

    private async Task<FakeGatewayConnection> ConnectAsync(DiscordTestHost shard, RecordingDispatchHandler events)
    {
        _ = shard.RunGatewayAsync(events);
        var connection = await server.NextConnectionAsync();
        await connection.SendHelloAsync();
        return connection;
    }

    private async Task ReadyAsync(DiscordTestHost shard, RecordingDispatchHandler events)
    {
        var connection = await ConnectAsync(shard, events);
        await connection.ReceiveOpAsync(2);
        await connection.SendReadyAsync();
        Assert.Equal("READY", (await events.NextAsync()).Type);
    }
}
