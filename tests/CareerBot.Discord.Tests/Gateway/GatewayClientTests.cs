using CareerBot.Discord.Gateway;
using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.Discord.Tests.Gateway;

public sealed class GatewayClientTests : IAsyncLifetime
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);
    private readonly DiscordTestHost _host = new();
    private readonly RecordingDispatchHandler _handler = new();
    private Task<ConnectionOutcome> _run = Task.FromResult(new ConnectionOutcome(ReconnectAction.Resume, "not started"));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RunAsync_Hello_IdentifiesWithTokenIntentsAndShard()
    {
        _run = _host.RunGatewayAsync(_handler);
        var connection = await _host.Server.NextConnectionAsync();
        await connection.SendHelloAsync();

        var identify = (await connection.ReceiveOpAsync(2)).GetProperty("d");

        Assert.Equal("/gateway?v=10&encoding=json", connection.Path);
        Assert.Equal(DiscordTestHost.Token, identify.GetProperty("token").GetString());
        Assert.Equal(37377, identify.GetProperty("intents").GetInt32());
        Assert.Equal("[0,1]", identify.GetProperty("shard").GetRawText());
        Assert.Equal("careerbot", identify.GetProperty("properties").GetProperty("browser").GetString());
        var discovery = Assert.Single(_host.Server.Requests, r => r.Is("GET", "gateway/bot"));
        Assert.Equal("Bot " + DiscordTestHost.Token, discovery.Headers["Authorization"]);
    }

    [Fact]
    public async Task RunAsync_ReadyThenDispatches_HandsOverKnownEventsAndTracksSequence()
    {
        var connection = await ConnectReadyAsync();

        await connection.SendDispatchAsync("TYPING_START", new { channel_id = "1" }, 2);
        await connection.SendDispatchAsync("MESSAGE_CREATE", new { id = "5", channel_id = "6", content = "hi", author = new { id = "7" } }, 3);
        var message = await _handler.NextAsync();

        Assert.Equal("MESSAGE_CREATE", message.Type);
        Assert.Equal(3, message.Sequence);
        Assert.Equal(3, _host.Gateway.Session.Sequence);
        Assert.Equal("session-1", _host.Gateway.Session.SessionId);
        Assert.False(_handler.TryTake(out _));
    }

    [Fact]
    public async Task RunAsync_HeartbeatTimer_SendsLastSequenceAfterJitteredDelayThenEveryInterval()
    {
        var connection = await ConnectReadyAsync(heartbeatMs: 1000);

        _host.Time.Advance(TimeSpan.FromMilliseconds(499));
        var early = await Record.ExceptionAsync(() => connection.ReceiveOpAsync(1, timeoutMs: 200));
        _host.Time.Advance(TimeSpan.FromMilliseconds(1));
        var first = await connection.ReceiveOpAsync(1);
        await connection.SendOpAsync(11, null);

        // Let the client take the ACK and arm its next timer before fake time moves on (real time, bounded).
        await Task.Delay(200);
        var second = await _host.Time.AdvanceUntilAsync(connection.ReceiveOpAsync(1), TimeSpan.FromMilliseconds(100));

        Assert.IsAssignableFrom<OperationCanceledException>(early);
        Assert.Equal(1, first.GetProperty("d").GetInt32());
        Assert.Equal(1, second.GetProperty("d").GetInt32());
        Assert.False(_run.IsCompleted);
    }

    [Fact]
    public async Task RunAsync_ServerRequestsHeartbeat_RepliesAtOnce()
    {
        var connection = await ConnectReadyAsync();

        await connection.SendOpAsync(1, null);
        var beat = await connection.ReceiveOpAsync(1);

        Assert.Equal(1, beat.GetProperty("d").GetInt32());
    }

    [Fact]
    public async Task RunAsync_GarbageFrames_AreSkippedAndConnectionLives()
    {
        var connection = await ConnectReadyAsync();

        await connection.SendRawAsync("{not json");
        await connection.SendRawAsync("{\"op\":0,\"t\":\"MESSAGE_CREATE\",\"s\":2,\"d\":{\"unexpected\":[1,2,3]}}");
        await connection.SendRawAsync("{\"op\":99,\"d\":null}");
        await connection.SendRawAsync("{\"op\":0,\"t\":\"READY\",\"s\":2,\"d\":{\"v\":10}}");
        await connection.SendRawAsync("{\"op\":10,\"d\":\"\\u0000\"}");
        await connection.SendRawAsync("{\"op\":\"eleven\"}");
        await connection.SendOpAsync(1, null);
        var beat = await connection.ReceiveOpAsync(1);

        Assert.Equal(2, beat.GetProperty("d").GetInt32());
        Assert.False(_run.IsCompleted);
    }

    [Fact]
    public async Task RunAsync_WholeLifecycle_NeverLogsTheToken()
    {
        var connection = await ConnectReadyAsync(heartbeatMs: 1000);
        await connection.SendOpAsync(7, null);
        var next = await _host.Server.NextConnectionAsync();
        await next.SendHelloAsync();
        await next.ReceiveOpAsync(6);

        await next.CloseAsync(4004);
        var outcome = await _run.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(ReconnectAction.Fatal, outcome.Action);
        Assert.NotEmpty(_host.Logs.Lines);
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Contains(DiscordTestHost.Token, StringComparison.Ordinal));
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Contains("never-real-0001", StringComparison.Ordinal));
    }

    private async Task<FakeGatewayConnection> ConnectReadyAsync(int heartbeatMs = 45000)
    {
        _run = _host.RunGatewayAsync(_handler);
        var connection = await _host.Server.NextConnectionAsync();
        await connection.SendHelloAsync(heartbeatMs);
        await connection.ReceiveOpAsync(2);
        await connection.SendReadyAsync(resumeUrl: _host.Server.ResumeUrl);
        var ready = await _handler.NextAsync();
        Assert.Equal("READY", ready.Type);
        return connection;
    }
}
