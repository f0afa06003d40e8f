using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;
using CareerBot.Core.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Core.Tests.Messaging;

public sealed class OutboxDispatcherTests : IAsyncDisposable
{
    private readonly InMemoryConversationStore _store = new();
    private readonly RecordingReplySender _sender = new();
    private readonly FakeTimeProvider _clock = new(Some.Now);
    private readonly OutboxDispatcher _sut;

    public OutboxDispatcherTests() => _sut = new OutboxDispatcher([_sender], _store, _clock, NullLogger<OutboxDispatcher>.Instance);

    [Fact]
    public async Task Dispatch_StoredReplies_SentInOrderAndRemovedFromTheStore()
    {
        var entries = await StoreAsync("a", 3);

        await _sut.Dispatch(entries);

        Assert.Equal(entries.Select(e => e.Id), _sender.AttemptedIds);
        Assert.Empty(_store.Outbox);
    }

    [Fact]
    public async Task Dispatch_RetryAfter_WaitsThenSendsTheSameReplyBeforeTheNext()
    {
        var entries = await StoreAsync("a", 2);
        _sender.Answer(DeliveryOutcome.Retry(TimeSpan.FromSeconds(30), "429"));

        var delivered = _sut.Dispatch(entries);
        await WaitUntilAsync(() => _sender.Attempts.Count == 1);
        _clock.Advance(TimeSpan.FromSeconds(29));
        await Task.Delay(50);
        Assert.Single(_sender.Attempts);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await delivered;

        Assert.Equal([entries[0].Id, entries[0].Id, entries[1].Id], _sender.AttemptedIds);
        Assert.Empty(_store.Outbox);
    }

    [Fact]
    public async Task Dispatch_OneConversationWaits_OthersGoOn()
    {
        var slow = await StoreAsync("slow", 2);
        var fast = await StoreAsync("fast", 2);
        _sender.Answer(DeliveryOutcome.Retry(TimeSpan.FromMinutes(5), "429"));

        _ = _sut.Dispatch(slow);
        await WaitUntilAsync(() => _sender.Attempts.Count == 1);
        await _sut.Dispatch(fast);

        Assert.Equal([slow[0].Id, fast[0].Id, fast[1].Id], _sender.AttemptedIds);
        Assert.Equal(slow.Select(e => e.Id), _store.Outbox.Select(e => e.Id));
    }

    [Fact]
    public async Task Dispatch_Undeliverable_SettledAndTheNextOneSent()
    {
        var entries = await StoreAsync("a", 2);
        _sender.Answer(DeliveryOutcome.Undeliverable("blocked"));

        await _sut.Dispatch(entries);

        Assert.Equal(entries.Select(e => e.Id), _sender.AttemptedIds);
        Assert.Empty(_store.Outbox);
    }

    [Fact]
    public async Task Dispatch_SameReplyTwiceWhileInFlight_SentOnce()
    {
        var entries = await StoreAsync("a", 1);
        _sender.Hold = new TaskCompletionSource();

        var first = _sut.Dispatch(entries);
        var second = _sut.Dispatch(entries);
        _sender.Hold.SetResult();
        await Task.WhenAll(first, second);

        Assert.Single(_sender.Attempts);
    }

    [Fact]
    public async Task Dispatch_SenderThrows_TriedAgainNotLost()
    {
        var entries = await StoreAsync("a", 1);
        var throwing = new ThrowingOnceSender(_sender);
        await using var sut = new OutboxDispatcher([throwing], _store, _clock, NullLogger<OutboxDispatcher>.Instance);

        var delivered = sut.Dispatch(entries);
        await WaitUntilAsync(() => throwing.Threw);
        _clock.Advance(TimeSpan.FromSeconds(5));
        await delivered;

        Assert.Equal([entries[0].Id], _sender.AttemptedIds);
        Assert.Empty(_store.Outbox);
    }

    [Fact]
    public async Task Dispatch_DisabledPlatform_LeavesRepliesStored()
    {
        _sender.IsEnabled = false;
        var entries = await StoreAsync("a", 2);

        await _sut.Dispatch(entries);

        Assert.Empty(_sender.Attempts);
        Assert.Equal(2, _store.Outbox.Count);
    }

    [Fact]
    public async Task DispatchUnstored_Sent_NothingConfirmed()
    {
        var entry = Entry("a", 0);

        await _sut.DispatchUnstored([entry]);

        Assert.Equal([entry.Id], _sender.AttemptedIds);
        Assert.DoesNotContain(_store.Log, l => l.StartsWith("delivered", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecoverAsync_RepliesLeftByAnEarlierRun_SentOnce()
    {
        var entries = await StoreAsync("a", 2);

        await _sut.RecoverAsync(CancellationToken.None);
        await WaitUntilAsync(() => _store.Outbox.Count == 0);
        await _sut.RecoverAsync(CancellationToken.None);

        Assert.Equal(entries.Select(e => e.Id), _sender.AttemptedIds);
    }

    [Fact]
    public async Task StopAsync_ReplyWaitingForRetry_StaysStoredForTheNextRun()
    {
        var entries = await StoreAsync("a", 2);
        _sender.Answer(DeliveryOutcome.Retry(TimeSpan.FromMinutes(1), "outage"));
        var delivered = _sut.Dispatch(entries);
        await WaitUntilAsync(() => _sender.Attempts.Count == 1);

        await _sut.StopAsync(CancellationToken.None);
        await delivered;

        Assert.Equal(entries.Select(e => e.Id), _store.Outbox.Select(e => e.Id));
    }

    [Fact]
    public async Task Dispatch_SharedStoreTwoProcessesDispatchTheSameTurn_EachReplySentOnceInOrder()
    {
        var leases = new InMemoryLeaseStore(_clock);
        await using var first = Shared(leases, "p1");
        await using var second = Shared(leases, "p2");
        var entries = await StoreAsync("a", 3);

        await Task.WhenAll(first.Dispatch(entries), second.Dispatch(entries));

        Assert.Equal(entries.Select(e => e.Id), _sender.AttemptedIds);
        Assert.Empty(_store.Outbox);
        Assert.False(leases.IsHeld("outbox:" + entries[0].Key));
    }

    [Fact]
    public async Task Dispatch_SharedStoreOtherProcessStoresWhileWeSend_HolderSendsItsRepliesToo()
    {
        var leases = new InMemoryLeaseStore(_clock);
        await using var holder = Shared(leases, "p1");
        await using var other = Shared(leases, "p2");
        var mine = await StoreAsync("a", 2);
        _sender.Hold = new TaskCompletionSource();
        var sending = holder.Dispatch(mine);
        await WaitUntilAsync(() => _sender.Attempts.Count == 1);

        var theirs = Enumerable.Range(0, 2).Select(i => Entry("a", i) with { Id = $"Console:m-a2:{i:D2}", InReplyTo = "m-a2" }).ToList();
        await _store.SaveTurnAsync(new StoredTurn(Platform.Console, "m-a2", null, theirs), CancellationToken.None);
        await other.Dispatch(theirs); // the lease is taken: p2 leaves them to p1
        _sender.Hold.SetResult();
        await sending;
        await WaitUntilAsync(() => _store.Outbox.Count == 0);

        Assert.Equal(mine.Concat(theirs).Select(e => e.Id), _sender.AttemptedIds);
    }

    [Fact]
    public async Task SweepAsync_LeaseOfAKilledProcessRunsOut_TheRepliesAreSentOnce()
    {
        var leases = new InMemoryLeaseStore(_clock);
        await using var sut = Shared(leases, "p1");
        var entries = await StoreAsync("a", 2);
        await leases.TryAcquireAsync("outbox:" + entries[0].Key, "killed", OutboxDispatcher.LeaseDuration, CancellationToken.None);

        await sut.Dispatch(entries);
        await sut.SweepAsync(TimeSpan.FromSeconds(10), CancellationToken.None);
        await Task.Delay(50);
        Assert.Empty(_sender.Attempts);

        _clock.Advance(OutboxDispatcher.LeaseDuration + TimeSpan.FromSeconds(1));
        await sut.SweepAsync(TimeSpan.FromSeconds(10), CancellationToken.None);
        await WaitUntilAsync(() => _store.Outbox.Count == 0);

        Assert.Equal(entries.Select(e => e.Id), _sender.AttemptedIds);
    }

    [Fact]
    public async Task SweepAsync_StoreOwnedByOneProcess_DoesNothing()
    {
        await using var sut = Shared(new InMemoryLeaseStore(_clock, spansProcesses: false), "p1");
        await StoreAsync("a", 2);
        _clock.Advance(TimeSpan.FromMinutes(1));

        await sut.SweepAsync(TimeSpan.FromSeconds(10), CancellationToken.None);
        await Task.Delay(50);

        Assert.Empty(_sender.Attempts);
    }

    public ValueTask DisposeAsync() => _sut.DisposeAsync();

    private OutboxDispatcher Shared(InMemoryLeaseStore leases, string process) =>
        new([_sender], _store, _clock, NullLogger<OutboxDispatcher>.Instance, leases: leases, identity: new ProcessIdentity(process));

    private async Task<List<OutboxEntry>> StoreAsync(string user, int count)
    {
        var entries = Enumerable.Range(0, count).Select(i => Entry(user, i)).ToList();
        await _store.SaveTurnAsync(new StoredTurn(Platform.Console, "m-" + user, null, entries), CancellationToken.None);
        return entries;
    }

    private static OutboxEntry Entry(string user, int index) => new()
    {
        Id = $"Console:m-{user}:{index:D2}",
        Key = new ConversationKey(Platform.Console, user),
        ReplyAddress = "console",
        InReplyTo = "m-" + user,
        Message = new OutgoingMessage { Text = $"reply {index}" },
        CreatedAt = Some.Now,
    };

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }

    private sealed class ThrowingOnceSender(IReplySender inner) : IReplySender
    {
        public bool Threw { get; private set; }

        public Platform Platform => inner.Platform;

        public bool IsEnabled => true;

        public Task<DeliveryOutcome> SendAsync(OutboxEntry entry, CancellationToken cancellationToken)
        {
            if (!Threw)
            {
                Threw = true;
                throw new InvalidOperationException("boom");
            }

            return inner.SendAsync(entry, cancellationToken);
        }
    }
}
