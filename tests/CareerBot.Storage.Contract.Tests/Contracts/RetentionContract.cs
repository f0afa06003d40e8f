using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;

namespace CareerBot.Storage.Contract.Tests.Contracts;

/// <summary>What every store's retention does: idle conversations go with their outbox, as /forget; handled markers are bounded.</summary>
public abstract class RetentionContract : StoreContract
{
    [Fact]
    public async Task SweepIdleAsync_IdleFor89Days_KeepsEverything()
    {
        var conversation = await SaveAsync("quiet-89");
        Store.Time.Advance(TimeSpan.FromDays(89));

        var result = await Store.SweepIdleAsync();

        Assert.Equal((0, 0), result);
        ConversationAssert.Equal(conversation, await Store.Conversations.FindAsync(conversation.Key, CancellationToken.None));
        Assert.Equal(2, (await Store.Conversations.PendingAsync(Platform.Telegram, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task SweepIdleAsync_IdleLongerThanRetention_DeletesConversationAndOutboxOnly()
    {
        var idle = await SaveAsync("idle-person");
        Store.Time.Advance(TimeSpan.FromDays(60));
        var active = await SaveAsync("active-person");
        Store.Time.Advance(TimeSpan.FromDays(30) + TimeSpan.FromSeconds(1));

        var result = await Store.SweepIdleAsync();

        Assert.Equal((1, 2), result);
        var sut = Store.Conversations;
        Assert.Null(await sut.FindAsync(idle.Key, CancellationToken.None));
        Assert.True(await sut.IsHandledAsync(Platform.Telegram, "idle-person/turn", CancellationToken.None));
        ConversationAssert.Equal(active, await sut.FindAsync(active.Key, CancellationToken.None));
        var pending = await sut.PendingAsync(Platform.Telegram, CancellationToken.None);
        Assert.Equal(2, pending.Count);
        Assert.All(pending, e => Assert.Equal(active.Key, e.Key));
    }

    [Fact]
    public async Task SweepIdleAsync_PersonCameBack_IsKept()
    {
        var conversation = await SaveAsync("returning");
        Store.Time.Advance(TimeSpan.FromDays(89));
        await Store.Conversations.SaveTurnAsync(Some.Turn(conversation with { LastActivity = Now }, Now, replies: 0), CancellationToken.None);
        Store.Time.Advance(TimeSpan.FromDays(2));

        var result = await Store.SweepIdleAsync();

        Assert.Equal(0, result.Conversations);
        Assert.NotNull(await Store.Conversations.FindAsync(conversation.Key, CancellationToken.None));
    }

    [Fact]
    public async Task SweepIdleAsync_ManyIdle_DeletesThemAll()
    {
        const int count = 700;
        var now = Now;
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
        {
            var conversation = Some.Conversation(new ConversationKey(Platform.Discord, $"bulk-{i}")) with { LastActivity = now };
            await Store.Conversations.SaveTurnAsync(Some.Turn(conversation, now, replies: 1), ct);
        });
        Store.Time.Advance(TimeSpan.FromDays(91));

        var result = await Store.SweepIdleAsync();

        Assert.Equal((count, count), result);
        Assert.Empty(await Store.Conversations.PendingAsync(Platform.Discord, CancellationToken.None));
        Assert.Equal((0, 0), await Store.SweepIdleAsync());
    }

    [Fact]
    public async Task PruneHandledAsync_MarkersOlderThanRetention_RemovedNewerKept()
    {
        Store.HandledRetention = TimeSpan.FromDays(7);
        await SaveMarkersAsync("old", 3);
        Store.Time.Advance(TimeSpan.FromDays(6));
        await SaveMarkersAsync("new", 2);
        Store.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));

        var removed = await Store.PruneHandledAsync();

        Assert.Equal(3, removed);
        var sut = Store.Conversations;
        Assert.False(await sut.IsHandledAsync(Platform.Telegram, "old-0", CancellationToken.None));
        Assert.True(await sut.IsHandledAsync(Platform.Telegram, "new-0", CancellationToken.None));
        Assert.True(await sut.IsHandledAsync(Platform.Telegram, "new-1", CancellationToken.None));
    }

    [Fact]
    public async Task PruneHandledAsync_MoreMarkersThanMaximum_OldestRemoved()
    {
        Store.MaxHandledMarkers = 100;
        for (var i = 0; i < 130; i++)
        {
            Store.Time.Advance(TimeSpan.FromSeconds(1));
            await SaveMarkersAsync($"m{i}", 1);
        }

        var removed = await Store.PruneHandledAsync();

        Assert.Equal(30, removed);
        Assert.False(await Store.Conversations.IsHandledAsync(Platform.Telegram, "m29-0", CancellationToken.None));
        Assert.True(await Store.Conversations.IsHandledAsync(Platform.Telegram, "m30-0", CancellationToken.None));
    }

    private async Task<Conversation> SaveAsync(string userId)
    {
        var conversation = Some.Conversation(new ConversationKey(Platform.Telegram, userId)) with { StartedAt = Now, LastActivity = Now };
        await Store.Conversations.SaveTurnAsync(Some.Turn(conversation, Now, messageId: $"{userId}/turn"), CancellationToken.None);
        return conversation;
    }

    private async Task SaveMarkersAsync(string prefix, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Store.Conversations.SaveTurnAsync(new StoredTurn(Platform.Telegram, $"{prefix}-{i}", null, []), CancellationToken.None);
        }
    }
}
