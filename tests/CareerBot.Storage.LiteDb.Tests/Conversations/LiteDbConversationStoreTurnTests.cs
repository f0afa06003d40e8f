using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Storage.LiteDb.Conversations;

namespace CareerBot.Storage.LiteDb.Tests.Conversations;

public sealed class LiteDbConversationStoreTurnTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task IsHandledAsync_BeforeAndAfterSave_ReflectsMarker()
    {
        var sut = CreateSut();
        var turn = Some.Turn(Some.Conversation(), _db.Time.GetUtcNow());

        var before = await sut.IsHandledAsync(turn.Platform, turn.MessageId, CancellationToken.None);
        await sut.SaveTurnAsync(turn, CancellationToken.None);
        var after = await sut.IsHandledAsync(turn.Platform, turn.MessageId, CancellationToken.None);

        Assert.False(before);
        Assert.True(after);
    }

    [Fact]
    public async Task IsHandledAsync_SameMessageIdOnOtherPlatform_IsFalse()
    {
        var sut = CreateSut();
        var turn = Some.Turn(Some.Conversation(), _db.Time.GetUtcNow(), messageId: "42");

        await sut.SaveTurnAsync(turn, CancellationToken.None);

        Assert.False(await sut.IsHandledAsync(Platform.Discord, "42", CancellationToken.None));
    }

    [Fact]
    public async Task SaveTurnAsync_AlreadyHandledEvent_SaysSoAndChangesNothing()
    {
        var sut = CreateSut();
        var first = Some.Conversation();
        await sut.SaveTurnAsync(Some.Turn(first, _db.Time.GetUtcNow(), messageId: "7"), CancellationToken.None);
        var replay = Some.Turn(first with { Turns = 99 }, _db.Time.GetUtcNow(), messageId: "7") with { Outbox = [Some.Outbox(first.Key, "other", 0, _db.Time.GetUtcNow())] };

        Assert.Equal(TurnSaveResult.AlreadyHandled, await sut.SaveTurnAsync(replay, CancellationToken.None));

        ConversationAssert.Equal(first, await sut.FindAsync(first.Key, CancellationToken.None));
        Assert.Equal(["7:0", "7:1"], (await sut.PendingAsync(Platform.Telegram, CancellationToken.None)).Select(e => e.Id));
    }

    [Fact]
    public async Task SaveTurnAsync_FailureAfterConversationAndMarkerWritten_RollsBackEverything()
    {
        var sut = CreateSut();
        var first = Some.Conversation();
        await sut.SaveTurnAsync(Some.Turn(first, _db.Time.GetUtcNow(), messageId: "1"), CancellationToken.None);
        var next = first with { Step = DialogueStep.Stories, Turns = 18 };

        // The conversation and the marker are written first; the second reply repeats an outbox id, so LiteDB fails mid-transaction.
        var failing = new StoredTurn(Platform.Telegram, "2", next, [Some.Outbox(first.Key, "2", 0, _db.Time.GetUtcNow()), Some.Outbox(first.Key, "1", 0, _db.Time.GetUtcNow())]);
        await Assert.ThrowsAsync<InvalidOperationException>(() => sut.SaveTurnAsync(failing, CancellationToken.None));
        _db.Reopen();
        sut = CreateSut();

        ConversationAssert.Equal(first, await sut.FindAsync(first.Key, CancellationToken.None));
        Assert.False(await sut.IsHandledAsync(Platform.Telegram, "2", CancellationToken.None));
        Assert.Equal(["1:0", "1:1"], (await sut.PendingAsync(Platform.Telegram, CancellationToken.None)).Select(e => e.Id));
    }

    [Fact]
    public async Task SaveTurnAsync_AfterFailedTurn_NextTurnOnSameThreadSucceeds()
    {
        var sut = CreateSut();
        var conversation = Some.Conversation();
        var failing = new StoredTurn(Platform.Telegram, "2", conversation, [Some.Outbox(conversation.Key, "2", 0, _db.Time.GetUtcNow()), Some.Outbox(conversation.Key, "2", 0, _db.Time.GetUtcNow())]);
        await Assert.ThrowsAsync<InvalidOperationException>(() => sut.SaveTurnAsync(failing, CancellationToken.None));

        await sut.SaveTurnAsync(Some.Turn(conversation, _db.Time.GetUtcNow(), messageId: "2"), CancellationToken.None);

        ConversationAssert.Equal(conversation, await sut.FindAsync(conversation.Key, CancellationToken.None));
    }

    [Fact]
    public async Task SaveTurnAsync_Cancelled_WritesNothing()
    {
        var sut = CreateSut();
        var turn = Some.Turn(Some.Conversation(), _db.Time.GetUtcNow());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sut.SaveTurnAsync(turn, new CancellationToken(canceled: true)));

        Assert.False(await sut.IsHandledAsync(turn.Platform, turn.MessageId, CancellationToken.None));
    }

    [Fact]
    public async Task SaveTurnAsync_200ConversationsFromManyTasks_AllStoredIntact()
    {
        var sut = CreateSut();
        var conversations = Enumerable.Range(0, 200).Select(_ => Some.Conversation()).ToList();

        await Parallel.ForEachAsync(conversations, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (conversation, ct) =>
        {
            for (var turn = 1; turn <= 3; turn++)
            {
                var next = conversation with { Turns = turn, WorryNote = $"note {conversation.Key.UserId} {turn}" };
                await Task.Yield();
                await sut.SaveTurnAsync(Some.Turn(next, _db.Time.GetUtcNow(), messageId: $"{conversation.Key.UserId}/{turn}"), ct);
            }
        });

        foreach (var conversation in conversations)
        {
            var expected = conversation with { Turns = 3, WorryNote = $"note {conversation.Key.UserId} 3" };
            ConversationAssert.Equal(expected, await sut.FindAsync(conversation.Key, CancellationToken.None));
        }

        Assert.Equal(200 * 3 * 2, (await sut.PendingAsync(Platform.Telegram, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task SaveTurnAsync_WhenLiteDbNeverCheckpointsByItself_LogFileStaysBounded()
    {
        // Under steady concurrent load LiteDB's own checkpoint rarely finds a moment without open transactions;
        // switching it off makes that starvation certain, so only the store's forced checkpoints remain.
        _db.Database.CheckpointSize = 0;
        _db.Options.CheckpointEveryTurns = 25;
        var sut = CreateSut();
        var conversation = Some.Conversation(note: new string('n', 3_000));

        for (var turn = 1; turn <= 300; turn++)
        {
            await sut.SaveTurnAsync(Some.Turn(conversation with { Turns = turn }, _db.Time.GetUtcNow()), CancellationToken.None);
        }

        Assert.InRange(new FileInfo(_db.LogPath).Length, 0, 25 * 20 * 8192);
    }

    private LiteDbConversationStore CreateSut() => _db.CreateStore();
}
