using CareerBot.Discord.Gateway;
using CareerBot.Discord.Health;
using CareerBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Discord.Tests.Gateway;

public sealed class GatewayReconnectTests : IAsyncLifetime
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);
    private readonly DiscordTestHost _host = new();
    private readonly RecordingDispatchHandler _handler = new();
    private Task<ConnectionOutcome> _run = Task.FromResult(new ConnectionOutcome(ReconnectAction.Resume, "not started"));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RunAsync_NoHeartbeatAck_ClosesZombieAndResumesOnResumeUrl()
    {
        var connection = await ConnectReadyAsync(heartbeatMs: 1000);
        await _host.Time.AdvanceUntilAsync(connection.ReceiveOpAsync(1), Step);

        var next = await _host.Time.AdvanceUntilAsync(_host.Server.NextConnectionAsync(), Step);
        await next.SendHelloAsync();
        var resume = (await next.ReceiveOpAsync(6)).GetProperty("d");

        Assert.Null(await connection.Closed);
        Assert.Equal("/resume?v=10&encoding=json", next.Path);
        Assert.Equal("session-1", resume.GetProperty("session_id").GetString());
        Assert.Equal(1, resume.GetProperty("seq").GetInt32());
        Assert.Equal(DiscordTestHost.Token, resume.GetProperty("token").GetString());
    }

    [Fact]
    public async Task RunAsync_Reconnect_ResumesAtOnceAndReceivesReplayedEvents()
    {
        var connection = await ConnectReadyAsync();
        await connection.SendDispatchAsync("GUILD_CREATE", new { id = "42" }, 2);
        await _handler.NextAsync();

        await connection.SendOpAsync(7, null);
        var next = await _host.Server.NextConnectionAsync();
        await next.SendHelloAsync();
        var resume = (await next.ReceiveOpAsync(6)).GetProperty("d");
        await next.SendDispatchAsync("RESUMED", new { }, 3);
        await next.SendDispatchAsync("MESSAGE_CREATE", new { id = "8", channel_id = "6", author = new { id = "7" } }, 4);
        var replayed = await _handler.NextAsync();

        Assert.NotEqual(1000, await connection.Closed);
        Assert.Equal(2, resume.GetProperty("seq").GetInt32());
        Assert.Equal("MESSAGE_CREATE", replayed.Type);
        Assert.Equal(4, _host.Gateway.Session.Sequence);
    }

    [Fact]
    public async Task RunAsync_ShutDown_ClosesWith1000()
    {
        var connection = await ConnectReadyAsync();

        await _host.StopAsync();
        var stopped = await Record.ExceptionAsync(() => _run.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.IsAssignableFrom<OperationCanceledException>(stopped);
        Assert.Equal(1000, await connection.Closed.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task RunAsync_Reconnect_ClosesWith4000SoTheSessionStaysResumable()
    {
        var connection = await ConnectReadyAsync();

        await connection.SendOpAsync(7, null);

        Assert.Equal(4000, await connection.Closed.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.DoesNotContain(_host.Logs.Lines, l => l.StartsWith("Warning 5007", StringComparison.Ordinal)); // "connection lost"
    }

    [Fact]
    public async Task RunAsync_InvalidSessionResumable_Resumes()
    {
        var connection = await ConnectReadyAsync();

        await connection.SendOpAsync(9, true);
        var next = await _host.Server.NextConnectionAsync();
        await next.SendHelloAsync();
        var frame = await next.ReceiveAsync();

        Assert.Equal(6, frame.GetProperty("op").GetInt32());
    }

    [Fact]
    public async Task RunAsync_InvalidSessionNotResumable_IdentifiesAfreshOnGatewayUrlNoSoonerThanFiveSeconds()
    {
        var connection = await ConnectReadyAsync();
        var firstIdentifyAt = _host.Time.GetUtcNow();

        await connection.SendOpAsync(9, false);
        var next = await _host.Time.AdvanceUntilAsync(_host.Server.NextConnectionAsync(), Step);
        await next.SendHelloAsync();
        var frame = await _host.Time.AdvanceUntilAsync(next.ReceiveOpAsync(2), Step);

        Assert.Equal(2, frame.GetProperty("op").GetInt32());
        Assert.StartsWith("/gateway", next.Path, StringComparison.Ordinal);
        Assert.True(_host.Time.GetUtcNow() - firstIdentifyAt >= IdentifyPacer.Window);
        var identifies = _host.Server.IdentifyTimes(0);
        Assert.InRange(identifies[1] - identifies[0], IdentifyPacer.Window, IdentifyPacer.Window + TimeSpan.FromSeconds(1));
        Assert.Null(_host.Gateway.Session.SessionId);
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4008)]
    [InlineData(null)]
    public async Task RunAsync_ResumableCloseOrDrop_Resumes(int? code)
    {
        var connection = await ConnectReadyAsync();

        await (code is { } c ? connection.CloseAsync(c) : Task.Run(connection.Drop));
        var next = await _host.Time.AdvanceUntilAsync(_host.Server.NextConnectionAsync(), Step);
        await next.SendHelloAsync();
        var frame = await next.ReceiveAsync();

        Assert.Equal(6, frame.GetProperty("op").GetInt32());
        Assert.StartsWith("/resume", next.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task RunAsync_NewSessionCloseCode_IdentifiesAfresh(int code)
    {
        var connection = await ConnectReadyAsync();

        await connection.CloseAsync(code);
        var next = await _host.Time.AdvanceUntilAsync(_host.Server.NextConnectionAsync(), Step);
        await next.SendHelloAsync();
        var frame = await _host.Time.AdvanceUntilAsync(next.ReceiveAsync(), Step);

        Assert.Equal(2, frame.GetProperty("op").GetInt32());
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task RunAsync_FatalCloseCode_ReturnsTheReasonLogsOneErrorAndReportsItToHealth(int code)
    {
        _run = _host.RunGatewayAsync(_handler);
        var connection = await _host.Server.NextConnectionAsync();
        await connection.SendHelloAsync();
        await connection.ReceiveOpAsync(2);

        await connection.CloseAsync(code);
        var outcome = await _run.WaitAsync(TimeSpan.FromSeconds(10));

        var text = code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(ReconnectAction.Fatal, outcome.Action);
        Assert.Equal(code, outcome.CloseCode);
        Assert.StartsWith($"gateway closed with {text}: ", outcome.Reason, StringComparison.Ordinal);
        var error = Assert.Single(_host.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
        Assert.Contains(outcome.Reason, error, StringComparison.Ordinal);
        Assert.Equal(outcome.Reason, _host.Services.GetRequiredService<DiscordGatewayStatus>().StoppedReason);
    }

    [Fact]
    public async Task RunAsync_GatewayDiscoveryRefusesTheToken_ReturnsFatalWithoutConnecting()
    {
        _host.Server.Handler = r => r.Is("GET", "gateway/bot") ? new FakeResponse(401, "{\"message\": \"401: Unauthorized\", \"code\": 0}") : null;

        var outcome = await _host.Time.AdvanceUntilAsync(_host.RunGatewayAsync(_handler), Step);

        Assert.Equal(ReconnectAction.Fatal, outcome.Action);
        Assert.Contains("check Discord:BotToken", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ReconnectBeforeHello_StillReconnects()
    {
        _run = _host.RunGatewayAsync(_handler);
        var connection = await _host.Server.NextConnectionAsync();

        await connection.SendOpAsync(7, null);
        var next = await _host.Time.AdvanceUntilAsync(_host.Server.NextConnectionAsync(), Step);

        Assert.NotNull(next);
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
