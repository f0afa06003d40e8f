using CareerBot.Core.Conversations;
using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging;
using CareerBot.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Core.Tests.Conversations;

public class TurnProcessorTests
{
    private readonly InMemoryConversationStore _store = new();
    private readonly InMemoryDiscussionStore _discussions = new();

    [Fact]
    public async Task HandleAsync_NewMessage_StoresTurnWithRepliesBeforeReturningThem()
    {
        var sut = CreateSut();
        var message = Some.Text("hello");

        var replies = await sut.HandleAsync(message, CancellationToken.None);

        Assert.NotEmpty(replies);
        Assert.Equal([$"save {message.MessageId}"], _store.Log);
        Assert.Equal(replies.Select(r => r.Id), (await sut.PendingAsync(Platform.Console, CancellationToken.None)).Select(r => r.Id));
        Assert.All(replies, r => Assert.Equal(message.ReplyAddress, r.ReplyAddress));
    }

    [Fact]
    public async Task HandleAsync_SameMessageTwice_AnswersOnlyOnce()
    {
        var sut = CreateSut();
        var message = Some.Text("hello");

        var first = await sut.HandleAsync(message, CancellationToken.None);
        var second = await sut.HandleAsync(message, CancellationToken.None);

        Assert.NotEmpty(first);
        Assert.Empty(second);
        Assert.Single(_store.Log);
    }

    [Fact]
    public async Task ConfirmDeliveredAsync_DeliveredReply_LeavesTheOutbox()
    {
        var sut = CreateSut();
        var replies = await sut.HandleAsync(Some.Text("hello"), CancellationToken.None);

        foreach (var reply in replies)
        {
            await sut.ConfirmDeliveredAsync(reply, CancellationToken.None);
        }

        Assert.Empty(await sut.PendingAsync(Platform.Console, CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_ForgetConfirmed_DeletesThePersonAndStoresNoReply()
    {
        var sut = CreateSut();
        var key = Some.Key("forget-me");
        await sut.HandleAsync(Some.Text("hello", key), CancellationToken.None);
        await sut.HandleAsync(Some.Text("/forget", key), CancellationToken.None);

        var replies = await sut.HandleAsync(Some.Press("forget:yes", key), CancellationToken.None);

        Assert.Contains("deleted everything", replies.Single().Message.Text, StringComparison.Ordinal);
        Assert.Null(_store.Get(key));
        Assert.DoesNotContain(await sut.PendingAsync(Platform.Console, CancellationToken.None), e => e.Key == key);
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

        Assert.Equal(messages.Select(m => $"save {m.MessageId}"), _store.Log);
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

        var replies = await sut.HandleAsync(message, CancellationToken.None);
        var again = await sut.HandleAsync(message, CancellationToken.None);

        Assert.Contains("every Friday at 18:00", Assert.Single(replies).Message.Text, StringComparison.Ordinal);
        Assert.Empty(again);
        Assert.Null(await _store.FindAsync(message.Key, CancellationToken.None));
        Assert.Single(await _discussions.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_WeeklyCommandFromAMember_IsRefused()
    {
        var sut = CreateSut();

        var replies = await sut.HandleAsync(Some.Text("/weekly now", direct: false) with { ChannelId = "-100" }, CancellationToken.None);

        Assert.Contains("only the group's admins", Assert.Single(replies).Message.Text, StringComparison.Ordinal);
        Assert.Empty(await _discussions.ListAsync(CancellationToken.None));
    }

    private TurnProcessor CreateSut()
    {
        var clock = new FakeTimeProvider(Some.Now);
        var weekly = new WeeklyPrompts(_discussions, TestPrompts.Catalog(3), [], new DiscussionSettings(), clock, new Random(1));
        return new(EngineDriver.CreateEngine(), _store, weekly, clock);
    }
}
