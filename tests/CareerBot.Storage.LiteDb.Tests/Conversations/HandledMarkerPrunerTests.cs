using CareerBot.Core.Messaging;
using CareerBot.Storage.LiteDb.Conversations;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.LiteDb.Tests.Conversations;

public sealed class HandledMarkerPrunerTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Prune_MarkersOlderThanRetention_AreRemovedNewerKept()
    {
        _db.Options.HandledRetention = TimeSpan.FromDays(7);
        var store = _db.CreateStore();
        await SaveMarkersAsync(store, "old", 3);
        _db.Time.Advance(TimeSpan.FromDays(6));
        await SaveMarkersAsync(store, "new", 2);
        _db.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));
        var sut = CreateSut();

        var removed = sut.Prune(_db.Time.GetUtcNow());

        Assert.Equal(3, removed);
        Assert.False(await store.IsHandledAsync(Platform.Telegram, "old-0", CancellationToken.None));
        Assert.True(await store.IsHandledAsync(Platform.Telegram, "new-0", CancellationToken.None));
        Assert.True(await store.IsHandledAsync(Platform.Telegram, "new-1", CancellationToken.None));
    }

    [Fact]
    public async Task Prune_MoreMarkersThanMaximum_OldestAreRemoved()
    {
        _db.Options.MaxHandledMarkers = 100;
        _db.Options.PruneInterval = TimeSpan.FromDays(1);
        var store = _db.CreateStore();
        for (var i = 0; i < 130; i++)
        {
            _db.Time.Advance(TimeSpan.FromSeconds(1));
            await SaveMarkersAsync(store, $"m{i}", 1);
        }

        var sut = CreateSut();

        var removed = sut.Prune(_db.Time.GetUtcNow());

        Assert.Equal(30, removed);
        Assert.False(await store.IsHandledAsync(Platform.Telegram, "m29-0", CancellationToken.None));
        Assert.True(await store.IsHandledAsync(Platform.Telegram, "m30-0", CancellationToken.None));
    }

    [Fact]
    public async Task SaveTurnAsync_WhenPruneIsDue_PrunesOnlyOncePerInterval()
    {
        _db.Options.HandledRetention = TimeSpan.FromMinutes(5);
        _db.Options.PruneInterval = TimeSpan.FromMinutes(10);
        var sut = _db.CreateStore();
        await SaveMarkersAsync(sut, "a", 1);
        _db.Time.Advance(TimeSpan.FromMinutes(6));

        await SaveMarkersAsync(sut, "b", 1);
        var keptWithinInterval = await sut.IsHandledAsync(Platform.Telegram, "a-0", CancellationToken.None);
        _db.Time.Advance(TimeSpan.FromMinutes(4));
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
        new(new ConversationCollections(_db.Database, new LiteDbWriteGate()), Options.Create(_db.Options), NullLogger<HandledMarkerPruner>.Instance);
}
