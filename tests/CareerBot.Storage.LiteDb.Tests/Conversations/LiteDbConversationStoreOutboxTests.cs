using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Storage.LiteDb.Conversations;

namespace CareerBot.Storage.LiteDb.Tests.Conversations;

public sealed class LiteDbConversationStoreOutboxTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task PendingAsync_EntriesOfSeveralTurns_OldestFirstThenInTurnOrder()
    {
        var sut = CreateSut();
        var a = Some.Conversation();
        var b = Some.Conversation();
        var t0 = _db.Time.GetUtcNow();
        await sut.SaveTurnAsync(new StoredTurn(Platform.Telegram, "late", a, [.. Enumerable.Range(0, 12).Select(i => Some.Outbox(a.Key, "late", i, t0.AddSeconds(5)))]), CancellationToken.None);
        await sut.SaveTurnAsync(new StoredTurn(Platform.Telegram, "early", b, [Some.Outbox(b.Key, "early", 0, t0), Some.Outbox(b.Key, "early", 1, t0)]), CancellationToken.None);

        var pending = await sut.PendingAsync(Platform.Telegram, CancellationToken.None);

        string[] expected = ["early:0", "early:1", .. Enumerable.Range(0, 12).Select(i => $"late:{i}")];
        Assert.Equal(expected, pending.Select(e => e.Id));
    }

    [Fact]
    public async Task PendingAsync_OtherPlatform_IsNotListed()
    {
        var sut = CreateSut();
        await sut.SaveTurnAsync(Some.Turn(Some.Conversation(Some.Key(Platform.Discord)), _db.Time.GetUtcNow()), CancellationToken.None);

        var pending = await sut.PendingAsync(Platform.Telegram, CancellationToken.None);

        Assert.Empty(pending);
    }

    [Fact]
    public async Task PendingAsync_StoredEntry_RoundTripsEveryField()
    {
        var sut = CreateSut();
        var conversation = Some.Conversation();
        var entry = Some.Outbox(conversation.Key, "m", 1, _db.Time.GetUtcNow().ToOffset(TimeSpan.FromHours(9)));

        await sut.SaveTurnAsync(new StoredTurn(Platform.Telegram, "m", conversation, [entry]), CancellationToken.None);

        ConversationAssert.Equal(entry, Assert.Single(await sut.PendingAsync(Platform.Telegram, CancellationToken.None)));
    }

    [Fact]
    public async Task MarkDeliveredAsync_OneEntry_RemovesOnlyThatEntry()
    {
        var sut = CreateSut();
        var turn = Some.Turn(Some.Conversation(), _db.Time.GetUtcNow(), replies: 3, messageId: "m");
        await sut.SaveTurnAsync(turn, CancellationToken.None);

        await sut.MarkDeliveredAsync("m:1", CancellationToken.None);

        Assert.Equal(["m:0", "m:2"], (await sut.PendingAsync(Platform.Telegram, CancellationToken.None)).Select(e => e.Id));
    }

    [Fact]
    public async Task MarkDeliveredAsync_UnknownOrRepeated_IsHarmless()
    {
        var sut = CreateSut();
        await sut.SaveTurnAsync(Some.Turn(Some.Conversation(), _db.Time.GetUtcNow(), replies: 1, messageId: "m"), CancellationToken.None);

        await sut.MarkDeliveredAsync("m:0", CancellationToken.None);
        await sut.MarkDeliveredAsync("m:0", CancellationToken.None);
        await sut.MarkDeliveredAsync("nope", CancellationToken.None);

        Assert.Empty(await sut.PendingAsync(Platform.Telegram, CancellationToken.None));
    }

    [Fact]
    public async Task PendingAsync_AfterReopen_UndeliveredEntriesRemain()
    {
        var sut = CreateSut();
        await sut.SaveTurnAsync(Some.Turn(Some.Conversation(), _db.Time.GetUtcNow(), replies: 2, messageId: "m"), CancellationToken.None);
        await sut.MarkDeliveredAsync("m:0", CancellationToken.None);

        _db.Reopen();
        sut = CreateSut();

        Assert.Equal(["m:1"], (await sut.PendingAsync(Platform.Telegram, CancellationToken.None)).Select(e => e.Id));
    }

    [Fact]
    public async Task PendingAsync_SameInstantAcrossReopen_KeepsInsertionOrder()
    {
        var sut = CreateSut();
        var conversation = Some.Conversation();
        await sut.SaveTurnAsync(Some.Turn(conversation, _db.Time.GetUtcNow(), replies: 2, messageId: "b"), CancellationToken.None);
        _db.Reopen();
        sut = CreateSut();

        await sut.SaveTurnAsync(Some.Turn(conversation, _db.Time.GetUtcNow(), replies: 2, messageId: "a"), CancellationToken.None);

        Assert.Equal(["b:0", "b:1", "a:0", "a:1"], (await sut.PendingAsync(Platform.Telegram, CancellationToken.None)).Select(e => e.Id));
    }

    private LiteDbConversationStore CreateSut() => _db.CreateStore();
}
