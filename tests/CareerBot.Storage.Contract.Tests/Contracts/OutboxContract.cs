using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;

namespace CareerBot.Storage.Contract.Tests.Contracts;

/// <summary>What every <see cref="IConversationStore"/> does with the reply outbox and with /forget.</summary>
public abstract class OutboxContract : StoreContract
{
    [Fact]
    public async Task PendingAsync_EntriesOfSeveralTurns_OldestFirstThenInTurnOrder()
    {
        var sut = Store.Conversations;
        var a = Some.Conversation();
        var b = Some.Conversation();
        await sut.SaveTurnAsync(new StoredTurn(Platform.Telegram, "late", a, [.. Enumerable.Range(0, 12).Select(i => Some.Outbox(a.Key, "late", i, Now.AddSeconds(5)))]), CancellationToken.None);
        await sut.SaveTurnAsync(new StoredTurn(Platform.Telegram, "early", b, [Some.Outbox(b.Key, "early", 0, Now), Some.Outbox(b.Key, "early", 1, Now)]), CancellationToken.None);

        var pending = await sut.PendingAsync(Platform.Telegram, CancellationToken.None);

        string[] expected = ["early:0", "early:1", .. Enumerable.Range(0, 12).Select(i => $"late:{i}")];
        Assert.Equal(expected, pending.Select(e => e.Id));
    }

    [Fact]
    public async Task PendingAsync_OtherPlatform_IsNotListed()
    {
        var sut = Store.Conversations;
        await sut.SaveTurnAsync(Some.Turn(Some.Conversation(Some.Key(Platform.Discord)), Now), CancellationToken.None);

        Assert.Empty(await sut.PendingAsync(Platform.Telegram, CancellationToken.None));
        Assert.Equal(2, (await sut.PendingAsync(Platform.Discord, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task PendingAsync_StoredEntry_RoundTripsEveryField()
    {
        var sut = Store.Conversations;
        var conversation = Some.Conversation();
        var entry = Some.Outbox(conversation.Key, "m", 1, Now.ToOffset(TimeSpan.FromHours(9)).AddTicks(7)) with { IsFirstAnswer = true };
        entry = entry with { Message = entry.Message with { InPrivateChat = true, Text = "Zo'n 60% — \"echt\" 😟 <b>&</b>\n2e regel" } };

        await sut.SaveTurnAsync(new StoredTurn(Platform.Telegram, "m", conversation, [entry]), CancellationToken.None);

        ConversationAssert.Equal(entry, Assert.Single(await sut.PendingAsync(Platform.Telegram, CancellationToken.None)));
        ConversationAssert.Equal(entry, Assert.Single(await sut.PendingForAsync(conversation.Key, CancellationToken.None)));
    }

    [Fact]
    public async Task PendingForAsync_TurnsOfOneConversation_InStoredOrderOnlyTheirs()
    {
        var sut = Store.Conversations;
        var person = Some.Conversation();
        var other = Some.Conversation();
        for (var turn = 0; turn < 3; turn++)
        {
            Store.Time.Advance(TimeSpan.FromSeconds(1));
            await sut.SaveTurnAsync(Some.Turn(person, Now, replies: 3, messageId: $"p{turn}"), CancellationToken.None);
            await sut.SaveTurnAsync(Some.Turn(other, Now, replies: 1, messageId: $"o{turn}"), CancellationToken.None);
        }

        var pending = await sut.PendingForAsync(person.Key, CancellationToken.None);

        Assert.Equal(["p0:0", "p0:1", "p0:2", "p1:0", "p1:1", "p1:2", "p2:0", "p2:1", "p2:2"], pending.Select(e => e.Id));
    }

    [Fact]
    public async Task PendingForAsync_LaterTurnStampedEarlier_StillInStoredOrder()
    {
        // Two processes whose clocks disagree: the turn stored second carries the earlier time.
        var sut = Store.Conversations;
        var person = Some.Conversation();
        await sut.SaveTurnAsync(Some.Turn(person, Now.AddSeconds(3), replies: 2, messageId: "first"), CancellationToken.None);
        await sut.SaveTurnAsync(Some.Turn(person, Now, replies: 2, messageId: "second"), CancellationToken.None);

        var pending = await sut.PendingForAsync(person.Key, CancellationToken.None);

        Assert.Equal(["first:0", "first:1", "second:0", "second:1"], pending.Select(e => e.Id));
    }

    [Fact]
    public async Task MarkDeliveredAsync_BatchAcrossConversations_RemovesOnlyThose()
    {
        var sut = Store.Conversations;
        var a = Some.Conversation();
        var b = Some.Conversation();
        await sut.SaveTurnAsync(Some.Turn(a, Now, replies: 3, messageId: "a"), CancellationToken.None);
        await sut.SaveTurnAsync(Some.Turn(b, Now, replies: 2, messageId: "b"), CancellationToken.None);

        await sut.MarkDeliveredAsync(["a:0", "a:2", "b:1"], CancellationToken.None);

        Assert.Equal(["a:1"], (await sut.PendingForAsync(a.Key, CancellationToken.None)).Select(e => e.Id));
        Assert.Equal(["b:0"], (await sut.PendingForAsync(b.Key, CancellationToken.None)).Select(e => e.Id));
    }

    [Fact]
    public async Task MarkDeliveredAsync_UnknownRepeatedOrEmpty_IsHarmless()
    {
        var sut = Store.Conversations;
        await sut.SaveTurnAsync(Some.Turn(Some.Conversation(), Now, replies: 2, messageId: "m"), CancellationToken.None);

        await sut.MarkDeliveredAsync(["m:0"], CancellationToken.None);
        await sut.MarkDeliveredAsync(["m:0", "nope"], CancellationToken.None);
        await sut.MarkDeliveredAsync([], CancellationToken.None);

        Assert.Equal(["m:1"], (await sut.PendingAsync(Platform.Telegram, CancellationToken.None)).Select(e => e.Id));
    }

    [Fact]
    public async Task PendingAsync_AfterRestart_UndeliveredRemainInStoredOrder()
    {
        var conversation = Some.Conversation();
        await Store.Conversations.SaveTurnAsync(Some.Turn(conversation, Now, replies: 2, messageId: "b"), CancellationToken.None);
        await Store.Conversations.MarkDeliveredAsync(["b:0"], CancellationToken.None);
        await Store.RestartAsync();
        var sut = Store.Conversations;

        await sut.SaveTurnAsync(Some.Turn(conversation, Now, replies: 2, messageId: "a"), CancellationToken.None);

        Assert.Equal(["b:1", "a:0", "a:1"], (await sut.PendingAsync(Platform.Telegram, CancellationToken.None)).Select(e => e.Id));
        Assert.Equal(["b:1", "a:0", "a:1"], (await sut.PendingForAsync(conversation.Key, CancellationToken.None)).Select(e => e.Id));
    }

    [Fact]
    public async Task ForgetAsync_Person_RemovesConversationAndOutboxKeepsOthersAndMarkers()
    {
        var sut = Store.Conversations;
        var forgotten = Some.Conversation();
        var kept = Some.Conversation();
        await sut.SaveTurnAsync(Some.Turn(forgotten, Now, replies: 3, messageId: "f1"), CancellationToken.None);
        await sut.SaveTurnAsync(Some.Turn(kept, Now, replies: 2, messageId: "k1"), CancellationToken.None);
        await sut.SaveTurnAsync(Some.Turn(forgotten, Now, replies: 1, messageId: "f2"), CancellationToken.None);

        await sut.ForgetAsync(forgotten.Key, CancellationToken.None);

        var start = await sut.LoadTurnAsync(forgotten.Key, "f3", CancellationToken.None);
        Assert.Null(start.Conversation);
        Assert.Equal(0, start.Version);
        Assert.Empty(await sut.PendingForAsync(forgotten.Key, CancellationToken.None));
        Assert.True(await sut.IsHandledAsync(Platform.Telegram, "f1", CancellationToken.None));
        ConversationAssert.Equal(kept, await sut.FindAsync(kept.Key, CancellationToken.None));
        Assert.Equal(["k1:0", "k1:1"], (await sut.PendingAsync(Platform.Telegram, CancellationToken.None)).Select(e => e.Id));
    }

    [Fact]
    public async Task ForgetAsync_ThenNewTurn_StartsAgainAtVersionOne()
    {
        var sut = Store.Conversations;
        var conversation = Some.Conversation();
        await sut.SaveTurnAsync(Some.Turn(conversation, Now, messageId: "1") with { ExpectedVersion = 0 }, CancellationToken.None);
        await sut.ForgetAsync(conversation.Key, CancellationToken.None);

        var result = await sut.SaveTurnAsync(Some.Turn(conversation with { Turns = 1 }, Now, messageId: "2") with { ExpectedVersion = 0 }, CancellationToken.None);

        Assert.Equal(TurnSaveResult.Saved, result);
        Assert.Equal(1, (await sut.LoadTurnAsync(conversation.Key, "3", CancellationToken.None)).Version);
    }

    [Fact]
    public async Task ForgetAsync_UnknownPerson_IsHarmless()
    {
        var sut = Store.Conversations;
        var kept = Some.Conversation();
        await sut.SaveTurnAsync(Some.Turn(kept, Now), CancellationToken.None);

        await sut.ForgetAsync(Some.Key(), CancellationToken.None);

        ConversationAssert.Equal(kept, await sut.FindAsync(kept.Key, CancellationToken.None));
        Assert.Equal(2, (await sut.PendingAsync(Platform.Telegram, CancellationToken.None)).Count);
    }
}
