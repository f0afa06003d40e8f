using CareerBot.Core.Messaging;
using CareerBot.Storage.LiteDb.Conversations;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.LiteDb.Tests.Conversations;

public sealed class HandledMarkerPrunerTests : IDisposable
{
    private readonly TestDatabase db = new();

    public void Dispose() => db.Dispose();

    [Fact]
    public async Task Prune_MarkersOlderThanRetention_AreRemovedNewerKept()
    {
        db.Options.HandledRetention = TimeSpan.FromDays(7);
        var store = db.CreateStore();
        await SaveMarkersAsync(store, "old", 3);
        db.Time.Advance(TimeSpan.FromDays(6));
        await SaveMarkersAsync(store, "new", 2);
        db.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));
        var sut = CreateSut();

        var removed = sut.Prune(db.Time.GetUtcNow());

        Assert.Equal(3, removed);
        Assert.False(await store.IsHandledAsync(Platform.Telegram, "old-0", CancellationToken.None));
        Assert.True(await store.IsHandledAsync(Platform.Telegram, "new-0", CancellationToken.None));
        Assert.True(await store.IsHandledAsync(Platform.Telegram, "new-1", CancellationToken.None));
    }

    [Fact]
    public async Task Prune_MoreMarkersThanMaximum_OldestAreRemoved()
    {
        db.Options.MaxHandledMarkers = 100;
        db.Options.PruneInterval = TimeSpan.FromDays(1);
        var store = db.CreateStore();
        for (var i = 0; i < 130; i++)
        {
            db.Time.Advance(TimeSpan.FromSeconds(1));
            await SaveMarkersAsync(store, $"m{i}", 1);
        }

        var sut = CreateSut();

        var removed = sut.Prune(db.Time.GetUtcNow());

        Assert.Equal(30, removed);
        Assert.False(await store.IsHandledAsync(Platform.Telegram, "m29-0", CancellationToken.None));
        Assert.True(await store.IsHandledAsync(Platform.Telegram, "m30-0", CancellationToken.None));
    }

    [Fact]
    public async Task SaveTurnAsync_WhenPruneIsDue_PrunesOnlyOncePerInterval()
    {
        db.Options.HandledRetention = TimeSpan.FromMinutes(5);
        db.Options.PruneInterval = TimeSpan.FromMinutes(10);
        var sut = db.CreateStore();
        await SaveMarkersAsync(sut, "a", 1);
        db.Time.Advance(TimeSpan.FromMinutes(6));

        await SaveMarkersAsync(sut, "b", 1);
        var keptWithinInterval = await sut.IsHandledAsync(Platform.Telegram, "a-0", CancellationToken.None);
        db.Time.Advance(TimeSpan.FromMinutes(4));
        await SaveMarkersAsync(sut, "c", 1);

        Assert.True(keptWithinInterval);
        Assert.False(await sut.IsHandledAsync(Platform.Telegram, "a-0", CancellationToken.None));
        Assert.True(await sut.IsHandledAsync(Platform.Telegram, "b-0", CancellationToken.None));
    }

    private static async Task SaveMarkersAsync(LiteDbConversationStore store, string prefix, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await store.SaveTurnAsync(new(Platform.Telegram, $"{prefix}-{i}", null, []), CancellationToken.None);
        }
    }

    private HandledMarkerPruner CreateSut() =>
        new(new ConversationCollections(db.Database, new LiteDbWriteGate()), Options.Create(db.Options), NullLogger<HandledMarkerPruner>.Instance);
}
