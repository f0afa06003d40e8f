using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;

namespace CareerBot.Storage.Contract.Tests.Contracts;

/// <summary>What every <see cref="IConversationStore"/> does with conversations and turns.</summary>
public abstract class ConversationStoreContract : StoreContract
{
    [Fact]
    public async Task LoadTurnAsync_UnknownPersonAndEvent_NewConversationAtVersionZero()
    {
        var sut = Store.Conversations;

        var start = await sut.LoadTurnAsync(Some.Key(), "m1", CancellationToken.None);

        Assert.Equal(new TurnStart(AlreadyHandled: false, Conversation: null, Version: 0), start);
    }

    [Fact]
    public async Task SaveTurnAsync_EveryField_RoundTripsAtVersionOne()
    {
        var sut = Store.Conversations;
        var conversation = Some.Conversation();

        var result = await sut.SaveTurnAsync(Some.Turn(conversation, Now) with { ExpectedVersion = 0 }, CancellationToken.None);
        var start = await sut.LoadTurnAsync(conversation.Key, "next", CancellationToken.None);

        Assert.Equal(TurnSaveResult.Saved, result);
        ConversationAssert.Equal(conversation, start.Conversation);
        Assert.Equal(1, start.Version);
        Assert.False(start.AlreadyHandled);
    }

    [Fact]
    public async Task SaveTurnAsync_NullsDefaultsAndEmptyArrays_RoundTrip()
    {
        var sut = Store.Conversations;
        var conversation = new Conversation { Key = new ConversationKey(Platform.Console, "local"), StartedAt = Now, LastActivity = Now, Candidates = default };

        await sut.SaveTurnAsync(Some.Turn(conversation, Now, replies: 0), CancellationToken.None);

        ConversationAssert.Equal(conversation with { Candidates = [] }, await sut.FindAsync(conversation.Key, CancellationToken.None));
    }

    [Fact]
    public async Task LoadTurnAsync_SavedEvent_AlreadyHandledOnItsPlatformOnly()
    {
        var sut = Store.Conversations;
        var turn = Some.Turn(Some.Conversation(), Now, messageId: "42");
        var before = await sut.IsHandledAsync(Platform.Telegram, "42", CancellationToken.None);

        await sut.SaveTurnAsync(turn, CancellationToken.None);

        Assert.False(before);
        Assert.True(await sut.IsHandledAsync(Platform.Telegram, "42", CancellationToken.None));
        Assert.False(await sut.IsHandledAsync(Platform.Discord, "42", CancellationToken.None));
    }

    [Fact]
    public async Task SaveTurnAsync_DuplicateEvent_AlreadyHandledAndNothingChanged()
    {
        var sut = Store.Conversations;
        var first = Some.Conversation();
        await sut.SaveTurnAsync(Some.Turn(first, Now, messageId: "7") with { ExpectedVersion = 0 }, CancellationToken.None);
        var replay = Some.Turn(first with { Turns = 99 }, Now, messageId: "7") with { Outbox = [Some.Outbox(first.Key, "other", 0, Now)], ExpectedVersion = 1 };

        var result = await sut.SaveTurnAsync(replay, CancellationToken.None);

        Assert.Equal(TurnSaveResult.AlreadyHandled, result);
        var start = await sut.LoadTurnAsync(first.Key, "next", CancellationToken.None);
        ConversationAssert.Equal(first, start.Conversation);
        Assert.Equal(1, start.Version);
        Assert.Equal(["7:0", "7:1"], (await sut.PendingAsync(Platform.Telegram, CancellationToken.None)).Select(e => e.Id));
    }

    [Fact]
    public async Task SaveTurnAsync_DuplicateEventUnconditional_AlreadyHandledAndNothingChanged()
    {
        var sut = Store.Conversations;
        var first = Some.Conversation();
        await sut.SaveTurnAsync(Some.Turn(first, Now, messageId: "7"), CancellationToken.None);

        var result = await sut.SaveTurnAsync(Some.Turn(first with { Turns = 99 }, Now, messageId: "7"), CancellationToken.None);

        Assert.Equal(TurnSaveResult.AlreadyHandled, result);
        Assert.Equal(1, (await sut.LoadTurnAsync(first.Key, "next", CancellationToken.None)).Version);
        Assert.Equal(17, (await sut.FindAsync(first.Key, CancellationToken.None))?.Turns);
    }

    [Fact]
    public async Task SaveTurnAsync_VersionMovedOn_StaleAndNothingWritten()
    {
        var sut = Store.Conversations;
        var conversation = Some.Conversation();
        await sut.SaveTurnAsync(Some.Turn(conversation, Now, messageId: "a") with { ExpectedVersion = 0 }, CancellationToken.None);
        await sut.SaveTurnAsync(Some.Turn(conversation with { Turns = 18 }, Now, messageId: "b") with { ExpectedVersion = 1 }, CancellationToken.None);

        // Read at version 1, but another turn stored version 2 meanwhile.
        var late = Some.Turn(conversation with { Turns = 50 }, Now, messageId: "c") with { ExpectedVersion = 1 };
        var result = await sut.SaveTurnAsync(late, CancellationToken.None);

        Assert.Equal(TurnSaveResult.Stale, result);
        var start = await sut.LoadTurnAsync(conversation.Key, "c", CancellationToken.None);
        Assert.False(start.AlreadyHandled);
        Assert.Equal(2, start.Version);
        Assert.Equal(18, start.Conversation?.Turns);
        Assert.DoesNotContain(await sut.PendingForAsync(conversation.Key, CancellationToken.None), e => e.InReplyTo == "c");
    }

    [Fact]
    public async Task SaveTurnAsync_NewConversationButAnotherWasStored_Stale()
    {
        var sut = Store.Conversations;
        var conversation = Some.Conversation();
        await sut.SaveTurnAsync(Some.Turn(conversation, Now, messageId: "a") with { ExpectedVersion = 0 }, CancellationToken.None);

        var result = await sut.SaveTurnAsync(Some.Turn(conversation with { Turns = 1 }, Now, messageId: "b") with { ExpectedVersion = 0 }, CancellationToken.None);

        Assert.Equal(TurnSaveResult.Stale, result);
        Assert.False(await sut.IsHandledAsync(Platform.Telegram, "b", CancellationToken.None));
        Assert.Equal(17, (await sut.FindAsync(conversation.Key, CancellationToken.None))?.Turns);
    }

    [Fact]
    public async Task SaveTurnAsync_ExpectedVersionOfConversationNeverStored_Stale()
    {
        var sut = Store.Conversations;
        var conversation = Some.Conversation();

        var result = await sut.SaveTurnAsync(Some.Turn(conversation, Now) with { ExpectedVersion = 3 }, CancellationToken.None);

        Assert.Equal(TurnSaveResult.Stale, result);
        Assert.Null(await sut.FindAsync(conversation.Key, CancellationToken.None));
        Assert.Empty(await sut.PendingAsync(Platform.Telegram, CancellationToken.None));
    }

    [Fact]
    public async Task SaveTurnAsync_Unconditional_WritesOverWhateverIsStoredAndCountsVersions()
    {
        var sut = Store.Conversations;
        var conversation = Some.Conversation();
        await sut.SaveTurnAsync(Some.Turn(conversation, Now) with { ExpectedVersion = 0 }, CancellationToken.None);
        await sut.SaveTurnAsync(Some.Turn(conversation with { Turns = 18 }, Now) with { ExpectedVersion = 1 }, CancellationToken.None);

        var result = await sut.SaveTurnAsync(Some.Turn(conversation with { Step = DialogueStep.WrapUp, WorryNote = null, StoriesTold = ["x"] }, Now), CancellationToken.None);

        Assert.Equal(TurnSaveResult.Saved, result);
        var start = await sut.LoadTurnAsync(conversation.Key, "next", CancellationToken.None);
        Assert.Equal(3, start.Version);
        ConversationAssert.Equal(conversation with { Step = DialogueStep.WrapUp, WorryNote = null, StoriesTold = ["x"] }, start.Conversation);
    }

    [Fact]
    public async Task SaveTurnAsync_NullConversation_MarksEventAndLeavesConversationAlone()
    {
        var sut = Store.Conversations;
        var conversation = Some.Conversation();
        await sut.SaveTurnAsync(Some.Turn(conversation, Now), CancellationToken.None);

        var result = await sut.SaveTurnAsync(new StoredTurn(conversation.Key.Platform, "group-msg", null, [Some.Outbox(conversation.Key, "group-msg", 0, Now)]), CancellationToken.None);

        Assert.Equal(TurnSaveResult.Saved, result);
        var start = await sut.LoadTurnAsync(conversation.Key, "next", CancellationToken.None);
        ConversationAssert.Equal(conversation, start.Conversation);
        Assert.Equal(1, start.Version);
        Assert.True(await sut.IsHandledAsync(conversation.Key.Platform, "group-msg", CancellationToken.None));
        Assert.Contains(await sut.PendingForAsync(conversation.Key, CancellationToken.None), e => e.Id == "group-msg:0");
    }

    [Fact]
    public async Task SaveTurnAsync_RepeatedOutboxId_ThrowsAndWritesNothing()
    {
        var sut = Store.Conversations;
        var first = Some.Conversation();
        await sut.SaveTurnAsync(Some.Turn(first, Now, messageId: "1"), CancellationToken.None);
        var next = first with { Step = DialogueStep.Stories, Turns = 18 };
        var failing = new StoredTurn(Platform.Telegram, "2", next, [Some.Outbox(first.Key, "2", 0, Now), Some.Outbox(first.Key, "1", 0, Now)]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => sut.SaveTurnAsync(failing, CancellationToken.None));

        ConversationAssert.Equal(first, await sut.FindAsync(first.Key, CancellationToken.None));
        Assert.False(await sut.IsHandledAsync(Platform.Telegram, "2", CancellationToken.None));
        Assert.Equal(["1:0", "1:1"], (await sut.PendingAsync(Platform.Telegram, CancellationToken.None)).Select(e => e.Id));
    }

    [Fact]
    public async Task SaveTurnAsync_AfterFailedTurn_NextTurnSucceeds()
    {
        var sut = Store.Conversations;
        var conversation = Some.Conversation();
        var failing = new StoredTurn(Platform.Telegram, "2", conversation, [Some.Outbox(conversation.Key, "2", 0, Now), Some.Outbox(conversation.Key, "2", 0, Now)]);
        await Assert.ThrowsAsync<InvalidOperationException>(() => sut.SaveTurnAsync(failing, CancellationToken.None));

        var result = await sut.SaveTurnAsync(Some.Turn(conversation, Now, messageId: "2"), CancellationToken.None);

        Assert.Equal(TurnSaveResult.Saved, result);
        ConversationAssert.Equal(conversation, await sut.FindAsync(conversation.Key, CancellationToken.None));
    }

    [Fact]
    public async Task SaveTurnAsync_Cancelled_WritesNothing()
    {
        var sut = Store.Conversations;
        var turn = Some.Turn(Some.Conversation(), Now);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sut.SaveTurnAsync(turn, new CancellationToken(canceled: true)));

        Assert.False(await sut.IsHandledAsync(turn.Platform, turn.MessageId, CancellationToken.None));
    }

    [Fact]
    public async Task SaveTurnAsync_ManyConversationsFromManyTasks_AllStoredIntact()
    {
        var sut = Store.Conversations;
        var conversations = Enumerable.Range(0, 60).Select(_ => Some.Conversation()).ToList();

        await Parallel.ForEachAsync(conversations, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (conversation, ct) =>
        {
            for (var turn = 1; turn <= 3; turn++)
            {
                var next = conversation with { Turns = turn, WorryNote = $"note {conversation.Key.UserId} {turn}" };
                await sut.SaveTurnAsync(Some.Turn(next, Now, messageId: $"{conversation.Key.UserId}/{turn}") with { ExpectedVersion = turn - 1 }, ct);
            }
        });

        foreach (var conversation in conversations)
        {
            var start = await sut.LoadTurnAsync(conversation.Key, "next", CancellationToken.None);
            ConversationAssert.Equal(conversation with { Turns = 3, WorryNote = $"note {conversation.Key.UserId} 3" }, start.Conversation);
            Assert.Equal(3, start.Version);
        }

        Assert.Equal(60 * 3 * 2, (await sut.PendingAsync(Platform.Telegram, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task LoadTurnAsync_AfterRestart_ConversationsVersionsAndMarkersRemain()
    {
        var conversations = Enumerable.Range(0, 10).Select(_ => Some.Conversation()).ToList();
        foreach (var conversation in conversations)
        {
            await Store.Conversations.SaveTurnAsync(Some.Turn(conversation, Now, messageId: $"m-{conversation.Key.UserId}"), CancellationToken.None);
        }

        await Store.RestartAsync();
        var sut = Store.Conversations;

        foreach (var conversation in conversations)
        {
            var start = await sut.LoadTurnAsync(conversation.Key, "next", CancellationToken.None);
            ConversationAssert.Equal(conversation, start.Conversation);
            Assert.Equal(1, start.Version);
            Assert.True(await sut.IsHandledAsync(Platform.Telegram, $"m-{conversation.Key.UserId}", CancellationToken.None));
        }
    }

    [Fact]
    public async Task SaveTurnAsync_HugeAndOddIds_RoundTrip()
    {
        var sut = Store.Conversations;
        var key = new ConversationKey(Platform.Discord, "user-" + new string('u', 5_000) + "😟");
        var messageId = "event-" + new string('m', 5_000);
        var conversation = Some.Conversation(key);

        await sut.SaveTurnAsync(new StoredTurn(Platform.Discord, messageId, conversation, [Some.Outbox(key, messageId, 0, Now)]), CancellationToken.None);

        var start = await sut.LoadTurnAsync(key, messageId, CancellationToken.None);
        Assert.True(start.AlreadyHandled);
        Assert.False(await sut.IsHandledAsync(Platform.Discord, messageId[..^1], CancellationToken.None));
        ConversationAssert.Equal(conversation, await sut.FindAsync(key, CancellationToken.None));
        Assert.Null(await sut.FindAsync(key with { UserId = key.UserId[..^2] }, CancellationToken.None));
        var entry = Assert.Single(await sut.PendingForAsync(key, CancellationToken.None));
        Assert.Equal(key, entry.Key);
        Assert.Equal($"{messageId}:0", entry.Id);
    }
}
