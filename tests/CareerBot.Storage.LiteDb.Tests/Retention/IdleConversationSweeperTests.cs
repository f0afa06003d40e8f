using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Storage.LiteDb.Conversations;
using CareerBot.Storage.LiteDb.Retention;
using CareerBot.Storage.LiteDb.Tests.Conversations;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace CareerBot.Storage.LiteDb.Tests.Retention;

public sealed class IdleConversationSweeperTests(ITestOutputHelper output) : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Sweep_IdleFor89Days_KeepsEverything()
    {
        var store = _db.CreateStore();
        var conversation = await SaveAsync(store, "quiet-89");
        _db.Time.Advance(TimeSpan.FromDays(89));
        var sut = CreateSut();

        var result = sut.Sweep(CancellationToken.None);

        Assert.Equal(new SweepResult(0, 0), result);
        ConversationAssert.Equal(conversation, await store.FindAsync(conversation.Key, CancellationToken.None));
        Assert.Equal(2, (await store.PendingAsync(Platform.Telegram, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Sweep_IdleLongerThan90Days_DeletesConversationAndOutboxLeavingNoTrace()
    {
        var store = _db.CreateStore();
        var idle = await SaveAsync(store, "idle-person-5d1c", note: "afraid the agency replaces me 8f2e");
        _db.Time.Advance(TimeSpan.FromDays(60));
        var active = await SaveAsync(store, "active-person-77aa");
        _db.Time.Advance(TimeSpan.FromDays(30) + TimeSpan.FromSeconds(1));
        var sut = CreateSut();

        var result = sut.Sweep(CancellationToken.None);

        Assert.Equal(new SweepResult(1, 2), result);
        Assert.Null(await store.FindAsync(idle.Key, CancellationToken.None));
        ConversationAssert.Equal(active, await store.FindAsync(active.Key, CancellationToken.None));
        var pending = await store.PendingAsync(Platform.Telegram, CancellationToken.None);
        Assert.All(pending, e => Assert.Equal(active.Key, e.Key));
        Assert.Equal(2, pending.Count);
        string[] secrets = ["idle-person-5d1c", "afraid the agency replaces me 8f2e"];
        Assert.Empty(ByteScan.Find(ByteScan.ReadShared(_db.Path), secrets));
        Assert.Empty(ByteScan.Find(ByteScan.ReadShared(_db.LogPath), secrets));
    }

    [Fact]
    public async Task Sweep_PersonCameBackAfterIdling_IsKept()
    {
        var store = _db.CreateStore();
        var conversation = await SaveAsync(store, "returning");
        _db.Time.Advance(TimeSpan.FromDays(89));
        await store.SaveTurnAsync(Some.Turn(conversation with { LastActivity = _db.Time.GetUtcNow() }, _db.Time.GetUtcNow(), replies: 0), CancellationToken.None);
        _db.Time.Advance(TimeSpan.FromDays(2));
        var sut = CreateSut();

        var result = sut.Sweep(CancellationToken.None);

        Assert.Equal(0, result.Conversations);
        Assert.NotNull(await store.FindAsync(conversation.Key, CancellationToken.None));
    }

    [Fact]
    public void Sweep_ManyIdleConversations_DeletesThemAllAndReportsTheTime()
    {
        const int count = 5000;
        var collections = _db.CreateCollections();
        var now = _db.Time.GetUtcNow();
        collections.Conversations.InsertBulk(Enumerable.Range(0, count).Select(i => ConversationBson.ToDocument(
            Some.Conversation(new ConversationKey(Platform.Discord, $"bulk-{i}")) with { LastActivity = now }, revision: 1)));
        collections.Outbox.InsertBulk(Enumerable.Range(0, count).Select(i => OutboxBson.ToDocument(
            Some.Outbox(new ConversationKey(Platform.Discord, $"bulk-{i}"), $"m{i}", 0, now), i + 1)));
        _db.Time.Advance(TimeSpan.FromDays(91));
        var sut = CreateSut();
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var result = sut.Sweep(CancellationToken.None);

        output.WriteLine($"Swept {result.Conversations} conversations and {result.OutboxEntries} outbox entries in {watch.ElapsedMilliseconds} ms");
        Assert.Equal(new SweepResult(count, count), result);
        Assert.Equal(0, collections.Conversations.Count());
        Assert.Equal(0, collections.Outbox.Count());
    }

    private async Task<Conversation> SaveAsync(LiteDbConversationStore store, string userId, string? note = null)
    {
        var now = _db.Time.GetUtcNow();
        var conversation = Some.Conversation(new ConversationKey(Platform.Telegram, userId), note) with { StartedAt = now, LastActivity = now };
        await store.SaveTurnAsync(Some.Turn(conversation, now), CancellationToken.None);
        return conversation;
    }

    private IdleConversationSweeper CreateSut() =>
        new(_db.CreateCollections(), Microsoft.Extensions.Options.Options.Create(_db.Options), _db.Time, NullLogger<IdleConversationSweeper>.Instance);
}
