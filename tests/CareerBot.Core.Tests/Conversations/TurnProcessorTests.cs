using CareerBot.Core.Conversations;
using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;
using CareerBot.Core.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Core.Tests.Conversations;

public sealed class TurnProcessorTests : IAsyncDisposable
{
    private readonly InMemoryConversationStore _store = new();
    private readonly InMemoryDiscussionStore _discussions = new();
    private readonly RecordingReplySender _sender = new();
    private readonly List<OutboxDispatcher> _dispatchers = [];

    [Fact]
    public async Task HandleAsync_NewMessage_StoresTurnWithRepliesBeforeTheyAreSent()
    {
        _sender.Hold = new TaskCompletionSource();
        var sut = CreateSut();
        var message = Some.Text("hello");

        var receipt = await sut.HandleAsync(message, CancellationToken.None);

        Assert.NotEmpty(receipt.Replies);
        Assert.Equal([$"save {message.MessageId}"], _store.Log);
        Assert.Equal(receipt.Replies.Select(r => r.Id), _store.Outbox.Select(r => r.Id));
        Assert.All(receipt.Replies, r => Assert.Equal(message.ReplyAddress, r.ReplyAddress));
        _sender.Hold.SetResult();
        await receipt.Delivered;
        Assert.Equal(receipt.Replies.Select(r => r.Id), _sender.AttemptedIds);
    }

    [Fact]
    public async Task HandleAsync_SameMessageTwice_AnswersOnlyOnce()
    {
        var sut = CreateSut();
        var message = Some.Text("hello");

        var first = await sut.HandleAsync(message, CancellationToken.None);
        var second = await sut.HandleAsync(message, CancellationToken.None);
        await first.Delivered;

        Assert.NotEmpty(first.Replies);
        Assert.Empty(second.Replies);
        Assert.Equal(first.Replies.Count, _sender.Attempts.Count);
        Assert.Single(_store.Log, l => l.StartsWith("save", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_RepliesDelivered_LeaveTheOutbox()
    {
        var sut = CreateSut();
        var receipt = await sut.HandleAsync(Some.Text("hello"), CancellationToken.None);

        await receipt.Delivered;

        Assert.Empty(_store.Outbox);
    }

    [Fact]
    public async Task HandleAsync_ManyPeopleAtOnce_ConfirmationsShareWrites()
    {
        var counting = new CountingConversationStore(_store) { ConfirmDelay = TimeSpan.FromMilliseconds(5) };
        var sut = CreateSut(counting);

        var receipts = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() => sut.HandleAsync(Some.Text("hi", Some.Key($"crowd{i}")), CancellationToken.None))));
        await Task.WhenAll(receipts.Select(r => r.Delivered));

        var replies = receipts.Sum(r => r.Replies.Count);
        Assert.Empty(_store.Outbox);
        Assert.Equal(50, counting.TurnWrites);
        Assert.InRange(counting.ConfirmWrites, 1, replies / 4);
    }

    [Fact]
    public async Task HandleAsync_PrivateTextOnAnExistingConversation_IsOneReadAndOneWrite()
    {
        var counting = new CountingConversationStore(_store);
        var sut = CreateSut(counting);
        var key = Some.Key("counted");
        await (await sut.HandleAsync(Some.Text("hi", key), CancellationToken.None)).Delivered;
        counting.Reset();

        await (await sut.HandleAsync(Some.Text("I'm a freelance copywriter", key), CancellationToken.None)).Delivered;

        Assert.Equal(1, counting.Reads);
        Assert.Equal(1, counting.TurnWrites);
        Assert.Equal(0, counting.OtherWrites);
        Assert.InRange(counting.ConfirmWrites, 1, 3); // one per reply at most when idle; shared under load (below)
    }

    [Fact]
    public async Task HandleAsync_ForgetConfirmed_DeletesThePersonAndStoresNoReply()
    {
        var sut = CreateSut();
        var key = Some.Key("forget-me");
        await sut.HandleAsync(Some.Text("hello", key), CancellationToken.None);
        await sut.HandleAsync(Some.Text("/forget", key), CancellationToken.None);

        var receipt = await sut.HandleAsync(Some.Press("forget:yes", key), CancellationToken.None);
        await receipt.Delivered;

        Assert.Contains("deleted everything", receipt.Replies.Single().Message.Text, StringComparison.Ordinal);
        Assert.Equal(receipt.Replies.Single().Id, _sender.AttemptedIds[^1]);
        Assert.Null(_store.Get(key));
        Assert.DoesNotContain(_store.Outbox, e => e.Key == key);
    }

    [Fact]
    public async Task HandleAsync_FiftyConcurrentMessagesOfOnePerson_RunOneAtATimeAndAllCount()
    {
        _store.FindDelay = TimeSpan.FromMilliseconds(1);
        var sut = CreateSut();
        var key = Some.Key("busy");
        var messages = Enumerable.Range(0, 50).Select(_ => Some.Text("/help", key)).ToList();

        await Task.WhenAll(messages.Select(m => Task.Run(() => sut.HandleAsync(m, CancellationToken.None))));

        Assert.Equal(0, _store.Overlaps);
        Assert.Equal(50, _store.Get(key)!.Turns);
    }

    [Fact]
    public async Task HandleAsync_MessagesOfOnePersonSentInOrder_AreAppliedInThatOrder()
    {
        _store.FindDelay = TimeSpan.FromMilliseconds(1);
        var sut = CreateSut();
        var key = Some.Key("ordered");
        var messages = new[] { Some.Text("hi", key), Some.Press("go:start", key), Some.Text("copywriter", key), Some.Press("job:27-3043", key), Some.Press("worry:4", key) };

        var pending = messages.Select(m => sut.HandleAsync(m, CancellationToken.None)).ToList();
        await Task.WhenAll(pending);

        Assert.Equal(messages.Select(m => $"save {m.MessageId}"), _store.Log.Where(l => l.StartsWith("save", StringComparison.Ordinal)));
        Assert.Equal(4, _store.Get(key)!.WorryLevel);
    }

    [Fact]
    public async Task HandleAsync_DifferentPeople_RunConcurrently()
    {
        _store.FindDelay = TimeSpan.FromMilliseconds(20);
        var sut = CreateSut();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => sut.HandleAsync(Some.Text("hi", Some.Key($"p{i}")), CancellationToken.None))));

        Assert.True(_store.MaxConcurrentConversations > 1);
    }

    [Fact]
    public async Task HandleAsync_Cancelled_ThrowsAndStoresNothing()
    {
        var sut = CreateSut();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sut.HandleAsync(Some.Text("hi"), cancellation.Token));

        Assert.Empty(_store.Log);
    }

    [Fact]
    public async Task HandleAsync_WeeklyCommand_GoesToTheChannelNotThePersonsConversation()
    {
        var sut = CreateSut();
        var message = Some.Text("/weekly@CareerBot schedule fri 18:00 Europe/Amsterdam", direct: false) with { IsModerator = true, ChannelId = "-100" };

        var replies = (await sut.HandleAsync(message, CancellationToken.None)).Replies;
        var again = (await sut.HandleAsync(message, CancellationToken.None)).Replies;

        Assert.Contains("every Friday at 18:00", Assert.Single(replies).Message.Text, StringComparison.Ordinal);
        Assert.Empty(again);
        Assert.Null(_store.Get(message.Key));
        Assert.Single(await _discussions.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_WeeklyCommandFromAMember_IsRefused()
    {
        var sut = CreateSut();

        var replies = (await sut.HandleAsync(Some.Text("/weekly now", direct: false) with { ChannelId = "-100" }, CancellationToken.None)).Replies;

        Assert.Contains("only the group's admins", Assert.Single(replies).Message.Text, StringComparison.Ordinal);
        Assert.Empty(await _discussions.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_AnotherProcessSavedTheConversationMeanwhile_RerunsTheTurnOnTheNewerOne()
    {
        var sut = CreateSut();
        var key = Some.Key("race");
        await (await sut.HandleAsync(Some.Text("hello", key), CancellationToken.None)).Delivered;
        var bumped = false;
        _store.BeforeSave = turn =>
        {
            if (!bumped)
            {
                bumped = true;
                _store.Bump(key);
            }
        };
        var message = Some.Text("I'm a nurse", key);

        var receipt = await sut.HandleAsync(message, CancellationToken.None);

        Assert.NotEmpty(receipt.Replies);
        Assert.Equal(3, _store.VersionOf(key)); // first turn, the other process's turn, the rerun
        Assert.Equal(["stale " + message.MessageId, "save " + message.MessageId], _store.Log.Where(l => l.EndsWith(message.MessageId, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task HandleAsync_ConversationMovesOnEveryTime_GivesUpWithoutStoringAnything()
    {
        var sut = CreateSut();
        var key = Some.Key("busy");
        await (await sut.HandleAsync(Some.Text("hello", key), CancellationToken.None)).Delivered;
        _store.BeforeSave = _ => _store.Bump(key);
        var message = Some.Text("I'm a nurse", key);

        await Assert.ThrowsAsync<InvalidOperationException>(() => sut.HandleAsync(message, CancellationToken.None));

        Assert.Equal(TurnProcessor.MaxStaleRetries, _store.Log.Count(l => l == "stale " + message.MessageId));
        Assert.Empty(_store.Outbox);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var dispatcher in _dispatchers)
        {
            await dispatcher.DisposeAsync();
        }
    }

    private TurnProcessor CreateSut(IConversationStore? store = null)
    {
        var clock = new FakeTimeProvider(Some.Now);
        var weekly = new WeeklyPrompts(_discussions, TestPrompts.Catalog(3), [], new DiscussionSettings(), clock, new Random(1));
        var dispatcher = new OutboxDispatcher([_sender], store ?? _store, TimeProvider.System, NullLogger<OutboxDispatcher>.Instance);
        _dispatchers.Add(dispatcher);
        return new(EngineDriver.CreateEngine(), store ?? _store, weekly, dispatcher, clock);
    }
}
