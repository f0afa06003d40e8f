using System.Text.Json;
using CareerBot.Discord.Gateway;
using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.Discord.Tests.Gateway;

/// <summary>A restarted bot resumes the session the previous process saved, and a session that ended is not kept.</summary>
public sealed class GatewayRestartTests : IAsyncLifetime
{
    private const string Key = "discord:gateway:session:0";
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);
    private readonly DiscordTestHost _host = new();
    private readonly RecordingDispatchHandler _handler = new();
    private Task<ConnectionOutcome> _run = Task.FromResult(new ConnectionOutcome(ReconnectAction.Resume, "not started"));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RunAsync_SavedSessionWithinWindow_HandsOverItsReadyThenResumesOnTheResumeUrl()
    {
        Save(sequence: 41, age: TimeSpan.FromSeconds(60));

        _run = _host.RunGatewayAsync(_handler);
        var ready = await _handler.NextAsync();
        var connection = await _host.Server.NextConnectionAsync();
        await connection.SendHelloAsync();
        var first = await connection.ReceiveAsync();
        await connection.SendDispatchAsync("MESSAGE_CREATE", new { id = "8", channel_id = "6", author = new { id = "7" } }, 42);
        await connection.SendDispatchAsync("RESUMED", new { }, 43);
        var replayed = await _handler.NextAsync();

        Assert.Equal(("READY", (int?)null), (ready.Type, ready.Sequence));
        Assert.Equal(Some.BotId, ready.Data.GetProperty("user").GetProperty("id").GetString());
        Assert.Equal("app-1", ready.Data.GetProperty("application").GetProperty("id").GetString());
        Assert.Equal("/resume?v=10&encoding=json", connection.Path);
        Assert.Equal(6, first.GetProperty("op").GetInt32());
        Assert.Equal("saved-session", first.GetProperty("d").GetProperty("session_id").GetString());
        Assert.Equal(41, first.GetProperty("d").GetProperty("seq").GetInt32());
        Assert.Equal("MESSAGE_CREATE", replayed.Type);
        Assert.DoesNotContain(_host.Server.Requests, r => r.Is("GET", "gateway/bot"));
    }

    [Fact]
    public async Task RunAsync_SavedSessionOlderThanTheWindow_IdentifiesWithoutHandingOverItsReady()
    {
        Save(sequence: 41, age: TimeSpan.FromMinutes(10));

        _run = _host.RunGatewayAsync(_handler);
        var connection = await _host.Server.NextConnectionAsync();
        await connection.SendHelloAsync();
        var first = await connection.ReceiveAsync();

        Assert.Equal(2, first.GetProperty("op").GetInt32());
        Assert.StartsWith("/gateway", connection.Path, StringComparison.Ordinal);
        Assert.False(_handler.TryTake(out _));
    }

    [Fact]
    public async Task RunAsync_SavedSessionRefused_IdentifiesAfreshAndSavesTheNewSession()
    {
        Save(sequence: 41, age: TimeSpan.FromSeconds(30));
        _run = _host.RunGatewayAsync(_handler);
        var resumed = await _host.Server.NextConnectionAsync();
        await resumed.SendHelloAsync();
        await resumed.ReceiveOpAsync(6);

        await resumed.SendOpAsync(9, false);
        var next = await _host.Time.AdvanceUntilAsync(_host.Server.NextConnectionAsync(), Step);
        var removed = !_host.State.Values.ContainsKey(Key);
        await next.SendHelloAsync();
        await next.ReceiveOpAsync(2);
        await next.SendReadyAsync(sessionId: "session-2", resumeUrl: _host.Server.ResumeUrl);
        await WaitUntilAsync(() => Saved()?.SessionId == "session-2");

        Assert.True(removed);
        Assert.Equal(1, Saved()!.Sequence);
    }

    [Fact]
    public async Task RunAsync_TurnStillRunning_SavedSequenceStaysBeforeItUntilItIsStored()
    {
        var turn = new TaskCompletionSource();
        _handler.Work = d => d.Sequence == 2 ? turn.Task : Task.CompletedTask;
        var connection = await ConnectReadyAsync();
        await connection.SendDispatchAsync("MESSAGE_CREATE", new { id = "8", channel_id = "6", author = new { id = "7" } }, 2);
        await connection.SendDispatchAsync("MESSAGE_CREATE", new { id = "9", channel_id = "6", author = new { id = "7" } }, 3);
        await _handler.NextAsync();
        await _handler.NextAsync();
        var writesAfterReady = _host.State.Writes;

        await _host.Time.AdvanceUntilAsync(WaitUntilAsync(() => _host.State.Writes > writesAfterReady), Step);
        var whileRunning = Saved()!.Sequence;
        turn.SetResult();
        var writes = _host.State.Writes;
        await _host.Time.AdvanceUntilAsync(WaitUntilAsync(() => _host.State.Writes > writes), Step);

        Assert.Equal(1, writesAfterReady);
        Assert.Equal(1, whileRunning);
        Assert.Equal(3, Saved()!.Sequence);
    }

    [Fact]
    public async Task RunAsync_ShutDown_ClosesWith1000AndRemovesTheSavedSession()
    {
        var connection = await ConnectReadyAsync();

        await _host.StopAsync();
        var stopped = await Record.ExceptionAsync(() => _run.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.IsAssignableFrom<OperationCanceledException>(stopped);
        Assert.Equal(1000, await connection.Closed.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.False(_host.State.Values.ContainsKey(Key));
    }

    [Fact]
    public async Task RunAsync_FatalClose_RemovesTheSavedSession()
    {
        var connection = await ConnectReadyAsync();

        await connection.CloseAsync(4014);
        var outcome = await _run.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(ReconnectAction.Fatal, outcome.Action);
        Assert.False(_host.State.Values.ContainsKey(Key));
    }

    private void Save(int sequence, TimeSpan age)
    {
        var saved = new SavedGatewaySession("saved-session", _host.Server.ResumeUrl, sequence, Some.BotId, "app-1", DiscordOptions.DefaultIntents, 0, 1, _host.Time.GetUtcNow() - age);
        _host.State.Values[Key] = JsonSerializer.Serialize(saved, DiscordJson.Options);
    }

    private SavedGatewaySession? Saved() =>
        _host.State.Values.TryGetValue(Key, out var text) ? JsonSerializer.Deserialize<SavedGatewaySession>(text, DiscordJson.Options) : null;

    /// <summary>Identify → READY; returns once the new session is saved. Heartbeats every 45 s (the first after 22.5 s).</summary>
    private async Task<FakeGatewayConnection> ConnectReadyAsync()
    {
        _run = _host.RunGatewayAsync(_handler);
        var connection = await _host.Server.NextConnectionAsync();
        connection.AutoAck = true;
        await connection.SendHelloAsync();
        await connection.ReceiveOpAsync(2);
        await connection.SendReadyAsync(resumeUrl: _host.Server.ResumeUrl);
        Assert.Equal("READY", (await _handler.NextAsync()).Type);
        await WaitUntilAsync(() => Saved() is not null);
        return connection;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.ElapsedMilliseconds < 10000, "condition not met in time");
            await Task.Delay(10);
        }
    }
}
