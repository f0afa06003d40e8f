using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Storage.LiteDb.Conversations;

namespace CareerBot.Storage.LiteDb.Tests.Conversations;

public sealed class LiteDbConversationStoreTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task FindAsync_UnknownKey_ReturnsNull()
    {
        var sut = CreateSut();

        var found = await sut.FindAsync(Some.Key(), CancellationToken.None);

        Assert.Null(found);
    }

    [Fact]
    public async Task SaveTurnAsync_EveryField_RoundTrips()
    {
        var sut = CreateSut();
        var conversation = Some.Conversation();

        await sut.SaveTurnAsync(Some.Turn(conversation, _db.Time.GetUtcNow()), CancellationToken.None);
        var found = await sut.FindAsync(conversation.Key, CancellationToken.None);

        ConversationAssert.Equal(conversation, found);
    }

    [Fact]
    public async Task SaveTurnAsync_NullsDefaultsAndEmptyArrays_RoundTrip()
    {
        var sut = CreateSut();
        var conversation = new Conversation
        {
            Key = new ConversationKey(Platform.Console, "local"),
            StartedAt = _db.Time.GetUtcNow(),
            LastActivity = _db.Time.GetUtcNow(),
            Candidates = default,
        };

        await sut.SaveTurnAsync(Some.Turn(conversation, _db.Time.GetUtcNow(), replies: 0), CancellationToken.None);
        var found = await sut.FindAsync(conversation.Key, CancellationToken.None);

        ConversationAssert.Equal(conversation with { Candidates = [] }, found);
    }

    [Fact]
    public async Task SaveTurnAsync_SecondTurn_ReplacesConversation()
    {
        var sut = CreateSut();
        var first = Some.Conversation();
        var second = first with { Step = Core.Conversations.DialogueStep.WrapUp, WorryNote = null, Turns = 18, StoriesTold = ["x"] };

        await sut.SaveTurnAsync(Some.Turn(first, _db.Time.GetUtcNow()), CancellationToken.None);
        await sut.SaveTurnAsync(Some.Turn(second, _db.Time.GetUtcNow()), CancellationToken.None);

        ConversationAssert.Equal(second, await sut.FindAsync(first.Key, CancellationToken.None));
    }

    [Fact]
    public async Task SaveTurnAsync_NullConversation_LeavesStoredConversationAlone()
    {
        var sut = CreateSut();
        var conversation = Some.Conversation();
        await sut.SaveTurnAsync(Some.Turn(conversation, _db.Time.GetUtcNow()), CancellationToken.None);

        await sut.SaveTurnAsync(new StoredTurn(conversation.Key.Platform, "group-msg", null, []), CancellationToken.None);

        ConversationAssert.Equal(conversation, await sut.FindAsync(conversation.Key, CancellationToken.None));
        Assert.True(await sut.IsHandledAsync(conversation.Key.Platform, "group-msg", CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_AfterReopen_ReturnsStateFromBeforeDispose()
    {
        var conversations = Enumerable.Range(0, 20).Select(_ => Some.Conversation()).ToList();
        var sut = CreateSut();
        foreach (var conversation in conversations)
        {
            await sut.SaveTurnAsync(Some.Turn(conversation, _db.Time.GetUtcNow(), messageId: $"m-{conversation.Key.UserId}"), CancellationToken.None);
        }

        _db.Reopen();
        sut = CreateSut();

        foreach (var conversation in conversations)
        {
            ConversationAssert.Equal(conversation, await sut.FindAsync(conversation.Key, CancellationToken.None));
            Assert.True(await sut.IsHandledAsync(Platform.Telegram, $"m-{conversation.Key.UserId}", CancellationToken.None));
        }

        Assert.Equal(40, (await sut.PendingAsync(Platform.Telegram, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task FindAsync_Cancelled_Throws()
    {
        var sut = CreateSut();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sut.FindAsync(Some.Key(), new CancellationToken(canceled: true)));
    }

    private LiteDbConversationStore CreateSut() => _db.CreateStore();
}
