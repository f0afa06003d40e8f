using CareerBot.Telegram.Sending;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Telegram.Tests.Sending;

public sealed class OutboundPacerTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public async Task WaitTurnAsync_SecondMessageToSameChat_WaitsOneSecond()
    {
        var sut = CreateSut();
        await sut.WaitTurnAsync(1, CancellationToken.None);

        var second = sut.WaitTurnAsync(1, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMilliseconds(999));
        var earlyDone = second.IsCompleted;
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        await second;

        Assert.False(earlyDone);
    }

    [Fact]
    public async Task WaitTurnAsync_DifferentChats_OnlyGlobalSpacing()
    {
        var sut = CreateSut();
        await sut.WaitTurnAsync(1, CancellationToken.None);

        var other = sut.WaitTurnAsync(2, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMilliseconds(34));
        await other;

        Assert.True(other.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task WaitTurnAsync_ChatWaitingForItsOwnSlot_DoesNotHoldBackOtherChats()
    {
        var sut = CreateSut();
        await sut.WaitTurnAsync(1, CancellationToken.None);

        var sameChat = sut.WaitTurnAsync(1, CancellationToken.None);
        var otherChat = sut.WaitTurnAsync(2, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMilliseconds(34));
        var otherDone = otherChat.IsCompleted;
        var sameDone = sameChat.IsCompleted;
        _clock.Advance(TimeSpan.FromMilliseconds(966));
        await Task.WhenAll(sameChat, otherChat);

        Assert.True(otherDone);
        Assert.False(sameDone);
    }

    [Fact]
    public async Task WaitTurnAsync_BusyAndFreeChatsMixed_StillAtMostThirtyPerSecond()
    {
        var sut = CreateSut();
        var warmUp = Enumerable.Range(0, 30).Select(chat => sut.WaitTurnAsync(chat, CancellationToken.None)).ToList();
        _clock.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(warmUp);
        var start = _clock.GetUtcNow();

        var turns = Enumerable.Range(0, 60).Select(chat => sut.WaitTurnAsync(chat, CancellationToken.None)).ToList();
        var doneAt = new List<TimeSpan>();
        while (doneAt.Count < turns.Count && _clock.GetUtcNow() - start < TimeSpan.FromSeconds(5))
        {
            _clock.Advance(TimeSpan.FromMilliseconds(1));
            doneAt.AddRange(Enumerable.Repeat(_clock.GetUtcNow() - start, turns.Count(t => t.IsCompleted) - doneAt.Count));
        }

        Assert.Equal(60, doneAt.Count);
        Assert.All(doneAt.Select((at, i) => (At: at, Index: i)), p => Assert.True(p.At >= TimeSpan.FromMilliseconds(p.Index * 33), $"message {p.Index} at {p.At}"));
        Assert.True(doneAt[^1] < TimeSpan.FromMilliseconds(2050), $"last at {doneAt[^1]}");
    }

    [Fact]
    public async Task WaitTurnAsync_ThirtyChatsAtOnce_SpreadOverOneSecond()
    {
        var sut = CreateSut();

        var turns = Enumerable.Range(0, 31).Select(chat => sut.WaitTurnAsync(chat, CancellationToken.None)).ToList();
        _clock.Advance(TimeSpan.FromMilliseconds(980));
        var doneBeforeOneSecond = turns.Count(t => t.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(40));
        await Task.WhenAll(turns);

        Assert.Equal(30, doneBeforeOneSecond);
    }

    [Fact]
    public async Task WaitTurnAsync_Cancelled_Throws()
    {
        var sut = CreateSut();
        await sut.WaitTurnAsync(1, CancellationToken.None);
        using var cancellation = new CancellationTokenSource();

        var waiting = sut.WaitTurnAsync(1, cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public void TooManyRequests_UntilRetryAfterPassed_ChatIsPaused()
    {
        var sut = CreateSut();

        sut.TooManyRequests(5, TimeSpan.FromSeconds(10));
        var during = sut.PausedFor(5);
        _clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(TimeSpan.FromSeconds(10), during);
        Assert.Null(sut.PausedFor(5));
        Assert.Null(sut.PausedFor(6));
    }

    private OutboundPacer CreateSut() => new(_clock, Options.Create(new TelegramOptions { BotToken = "1:x" }));
}
