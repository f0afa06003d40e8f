using CareerBot.Core.Messaging;
using CareerBot.Discord.Entities;
using CareerBot.Discord.Gateway;
using CareerBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Discord.Tests.Gateway;

public sealed class GatewaySessionStoreTests : IDisposable
{
    private const string Key = "discord:gateway:session:0";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));
    private readonly InMemoryPlatformStateStore _state = new();
    private readonly ServiceProvider _services;
    private readonly DiscordOptions _options = new() { BotToken = "fake-token-for-tests", ResumeWindowSeconds = 120, SessionSaveSeconds = 30 };

    public GatewaySessionStoreTests() => _services = new ServiceCollection().AddSingleton<IPlatformStateStore>(_state).BuildServiceProvider();

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task SaveAsync_AtReady_LoadAsyncWithinTheWindowReturnsItWithTheBot()
    {
        using var sut = CreateSut();
        var session = ReadySession(handledUpTo: 1);

        await sut.SaveAsync(session, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(90));
        var loaded = await sut.LoadAsync(CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(("session-1", "wss://resume.example", 1), (loaded.SessionId, loaded.ResumeGatewayUrl, loaded.Sequence));
        Assert.Equal((Some.BotId, "app-1"), (loaded.UserId, loaded.ApplicationId));
        Assert.Equal(_time.GetUtcNow() - TimeSpan.FromSeconds(90), loaded.SavedAt);
    }

    [Fact]
    public async Task LoadAsync_OlderThanTheResumeWindow_Null()
    {
        using var sut = CreateSut();
        await sut.SaveAsync(ReadySession(handledUpTo: 1), CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(121));
        var loaded = await sut.LoadAsync(CancellationToken.None);

        Assert.Null(loaded);
    }

    [Fact]
    public async Task LoadAsync_SavedWithOtherIntents_Null()
    {
        using var sut = CreateSut();
        await sut.SaveAsync(ReadySession(handledUpTo: 1), CancellationToken.None);

        _options.Intents = 4609;
        var loaded = await sut.LoadAsync(CancellationToken.None);

        Assert.Null(loaded);
    }

    [Fact]
    public async Task LoadAsync_Unreadable_Null()
    {
        using var sut = CreateSut();
        _state.Values[Key] = "{not json";

        var loaded = await sut.LoadAsync(CancellationToken.None);

        Assert.Null(loaded);
    }

    [Fact]
    public async Task SaveIfDueAsync_ManyAcksWithinTheSaveInterval_NoWriteUntilItPassed()
    {
        using var sut = CreateSut();
        var session = ReadySession(handledUpTo: 1);
        await sut.SaveAsync(session, CancellationToken.None);
        var afterReady = _state.Writes;

        for (var ack = 0; ack < 29; ack++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            session.Handled.Track(ack + 2, handled: null);
            await sut.SaveIfDueAsync(session, CancellationToken.None);
        }

        var withinInterval = _state.Writes - afterReady;
        _time.Advance(TimeSpan.FromSeconds(1));
        await sut.SaveIfDueAsync(session, CancellationToken.None);

        Assert.Equal(1, afterReady);
        Assert.Equal(0, withinInterval);
        Assert.Equal(2, _state.Writes);
        Assert.Equal(30, (await sut.LoadAsync(CancellationToken.None))!.Sequence);
    }

    [Fact]
    public async Task SaveIfDueAsync_TurnStillRunning_SavesTheSequenceBeforeItNotTheLastReceived()
    {
        using var sut = CreateSut();
        var session = ReadySession(handledUpTo: 1);
        var turn = new TaskCompletionSource();
        session.Handled.Track(2, turn.Task);
        session.Handled.Track(3, Task.CompletedTask);
        session.Observe(3);

        _time.Advance(TimeSpan.FromSeconds(31));
        await sut.SaveIfDueAsync(session, CancellationToken.None);
        turn.SetResult();

        Assert.Equal(3, session.Sequence);
        Assert.Equal(1, (await sut.LoadAsync(CancellationToken.None))!.Sequence);
    }

    [Fact]
    public async Task EndAsync_SessionEnded_RemovesItAndIgnoresSavesStillUnderWay()
    {
        using var sut = CreateSut();
        var session = ReadySession(handledUpTo: 1);
        await sut.SaveAsync(session, CancellationToken.None);

        await sut.EndAsync();
        await sut.SaveAsync(session, CancellationToken.None);

        Assert.False(_state.Values.ContainsKey(Key));
    }

    [Fact]
    public async Task ClearAsync_NewSessionComing_RemovesItAndTheNextReadySavesAgain()
    {
        using var sut = CreateSut();
        await sut.SaveAsync(ReadySession(handledUpTo: 1), CancellationToken.None);

        await sut.ClearAsync(CancellationToken.None);
        var cleared = _state.Values.ContainsKey(Key);
        await sut.SaveAsync(ReadySession(handledUpTo: 1, sessionId: "session-2"), CancellationToken.None);

        Assert.False(cleared);
        Assert.Equal("session-2", (await sut.LoadAsync(CancellationToken.None))!.SessionId);
    }

    private GatewaySessionStore CreateSut() =>
        new(_services.GetRequiredService<IServiceScopeFactory>(), Options.Create(_options), _time, NullLogger<GatewaySessionStore>.Instance);

    private static GatewaySession ReadySession(int handledUpTo, string sessionId = "session-1")
    {
        var session = new GatewaySession();
        session.Start(new ReadyData { User = new DiscordUser { Id = Some.BotId }, SessionId = sessionId, ResumeGatewayUrl = "wss://resume.example", Application = new ReadyApplication("app-1") });
        for (var seq = 1; seq <= handledUpTo; seq++)
        {
            session.Handled.Track(seq, handled: null);
            session.Observe(seq);
        }

        return session;
    }
}
