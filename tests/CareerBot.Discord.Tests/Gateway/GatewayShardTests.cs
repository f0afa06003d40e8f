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
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));
    private readonly FakeDiscordServer _server;
    private readonly InMemoryLeaseStore _leases;
    private readonly DiscordTestHost _shardZero;
    private readonly DiscordTestHost _shardOne;
    private readonly RecordingDispatchHandler _zeroEvents = new();
    private readonly RecordingDispatchHandler _oneEvents = new();

    public GatewayShardTests()
    {
        _server = new FakeDiscordServer(_time);
        _leases = new InMemoryLeaseStore(_time, spansProcesses: true);
        _shardZero = Shard(0);
        _shardOne = Shard(1);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _shardZero.DisposeAsync();
        await _shardOne.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task RunAsync_TwoShardsInOneBucket_SecondIdentifiesFiveSecondsAfterTheFirst()
    {
        var first = await ConnectAsync(_shardZero, _zeroEvents);
        var firstIdentify = await first.ReceiveOpAsync(2);
        var second = await ConnectAsync(_shardOne, _oneEvents);

        var early = await Record.ExceptionAsync(() => second.ReceiveOpAsync(2, timeoutMs: 300));
        var secondIdentify = await _time.AdvanceUntilAsync(second.ReceiveOpAsync(2), Step);

        Assert.IsAssignableFrom<OperationCanceledException>(early);
        Assert.Equal("[0,2]", firstIdentify.GetProperty("d").GetProperty("shard").GetRawText());
        Assert.Equal("[1,2]", secondIdentify.GetProperty("d").GetProperty("shard").GetRawText());
        var gap = _server.IdentifyTimes(1).Single() - _server.IdentifyTimes(0).Single();
        Assert.InRange(gap, IdentifyPacer.Window, IdentifyPacer.Window + IdentifyPacer.PollInterval + Step);
        Assert.Single(_shardOne.Logs.Lines, l => l.StartsWith("Information 5025", StringComparison.Ordinal));
        Assert.DoesNotContain(_shardZero.Logs.Lines, l => l.StartsWith("Information 5025", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_MaxConcurrencyTwo_BothShardsIdentifyAtOnce()
    {
        _server.MaxConcurrency = 2;

        var first = await ConnectAsync(_shardZero, _zeroEvents);
        await first.ReceiveOpAsync(2);
        var second = await ConnectAsync(_shardOne, _oneEvents);
        await second.ReceiveOpAsync(2);

        Assert.Equal(_server.IdentifyTimes(0).Single(), _server.IdentifyTimes(1).Single());
        Assert.Equal(["discord:identify:0", "discord:identify:1"], _leases.Taken.Select(t => t.Name));
    }

    [Fact]
    public async Task RunAsync_NoSessionStartsLeft_WaitsResetAfterBeforeConnecting()
    {
        _server.SessionStartsRemaining = 0;
        _server.SessionStartResetAfterMs = 60_000;
        var run = _shardZero.RunGatewayAsync(_zeroEvents);
        var started = _time.GetUtcNow();

        var early = await Record.ExceptionAsync(() => _server.NextConnectionAsync(timeoutMs: 300));
        var connection = await _time.AdvanceUntilAsync(_server.NextConnectionAsync(), TimeSpan.FromSeconds(1));

        Assert.IsAssignableFrom<OperationCanceledException>(early);
        Assert.True(_time.GetUtcNow() - started >= TimeSpan.FromMinutes(1));
        Assert.Contains(_shardZero.Logs.Lines, l => l.StartsWith("Warning 5012", StringComparison.Ordinal));
        Assert.NotNull(connection);
        Assert.False(run.IsCompleted);
    }

    [Fact]
    public async Task DispatchAsync_GuildAndDirectEvents_ReachTheShardDiscordRoutesThemTo()
    {
        _server.MaxConcurrency = 2;
        await ReadyAsync(_shardZero, _zeroEvents);
        await ReadyAsync(_shardOne, _oneEvents);

        var guildOne = await _server.DispatchAsync("MESSAGE_CREATE", new { id = "11", channel_id = "1", guild_id = ShardOneGuild, author = new { id = "7" } });
        var guildZero = await _server.DispatchAsync("INTERACTION_CREATE", new { id = "12", type = 2, token = "t", guild_id = ShardZeroGuild });
        var direct = await _server.DispatchAsync("MESSAGE_CREATE", new { id = "13", channel_id = "dm", author = new { id = "7" } });
        var onOne = await _oneEvents.NextAsync();
        var onZero = new[] { await _zeroEvents.NextAsync(), await _zeroEvents.NextAsync() };

        Assert.Equal((1, 2), guildOne.Shard);
        Assert.Equal((0, 2), guildZero.Shard);
        Assert.Equal((0, 2), direct.Shard);
        Assert.Equal(("MESSAGE_CREATE", 2), (onOne.Type, onOne.Sequence));
        Assert.Equal(["INTERACTION_CREATE", "MESSAGE_CREATE"], onZero.Select(d => d.Type));
        Assert.Equal([2, 3], onZero.Select(d => d.Sequence));
        Assert.False(_oneEvents.TryTake(out _));
    }

    private DiscordTestHost Shard(int shardId) => new(
        settings: new() { ["Discord:ShardId"] = shardId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Discord:ShardCount"] = "2" },
        server: _server,
        time: _time,
        leases: _leases);

    private async Task<FakeGatewayConnection> ConnectAsync(DiscordTestHost shard, RecordingDispatchHandler events)
    {
        _ = shard.RunGatewayAsync(events);
        var connection = await _server.NextConnectionAsync();
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
