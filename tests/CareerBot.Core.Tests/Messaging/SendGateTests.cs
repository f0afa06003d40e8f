using CareerBot.Core.Messaging.Delivery;

namespace CareerBot.Core.Tests.Messaging;

public class SendGateTests
{
    [Fact]
    public async Task Release_FirstRepliesWaiting_GetTheSlotBeforeLaterReplies()
    {
        var sut = new SendGate(1);
        await sut.WaitAsync(first: false, CancellationToken.None);
        var later = sut.WaitAsync(first: false, CancellationToken.None);
        var first = sut.WaitAsync(first: true, CancellationToken.None);

        sut.Release();
        await first;

        Assert.False(later.IsCompleted);
        sut.Release();
        await later;
    }

    [Fact]
    public async Task WaitAsync_FreeSlots_LaterRepliesWaitWhileFirstRepliesQueue()
    {
        var sut = new SendGate(1);
        await sut.WaitAsync(first: true, CancellationToken.None);
        var first = sut.WaitAsync(first: true, CancellationToken.None);

        sut.Release();
        await first;
        sut.Release();
        await sut.WaitAsync(first: false, CancellationToken.None);
    }

    [Fact]
    public async Task WaitAsync_Cancelled_LeavesTheQueueAndTheSlotGoesToTheNext()
    {
        var sut = new SendGate(1);
        await sut.WaitAsync(first: false, CancellationToken.None);
        using var cancellation = new CancellationTokenSource();
        var cancelled = sut.WaitAsync(first: true, cancellation.Token);
        var next = sut.WaitAsync(first: false, CancellationToken.None);

        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        sut.Release();

        await next;
    }
}
