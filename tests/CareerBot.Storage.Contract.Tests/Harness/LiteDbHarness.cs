using CareerBot.Core.Communities;
using CareerBot.Core.Conversations;
using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging;
using CareerBot.Storage.LiteDb;
using CareerBot.Storage.LiteDb.Conversations;
using CareerBot.Storage.LiteDb.Discussions;
using CareerBot.Storage.LiteDb.Retention;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.Contract.Tests.Harness;

/// <summary>The LiteDB stores on a file in a temporary folder, as the host builds them; lease time is the fake clock.</summary>
internal sealed class LiteDbHarness : StoreHarness
{
    private readonly string folder = Directory.CreateTempSubdirectory("careerbot-contract-").FullName;
    private readonly LiteDbWriteGate writeGate = new();

    // Inline pruning after saves is LiteDB's own schedule; the contract prunes explicitly, so it is held off here.
    private readonly ConversationStoreOptions options = new() { PruneInterval = TimeSpan.FromDays(3650) };
    private LiteDatabase database = null!;
    private ConversationCollections collections = null!;
    private IConversationStore conversations = null!;
    private IDiscussionStore discussions = null!;

    private LiteDbHarness() => Open();

    public override IConversationStore Conversations => conversations;

    public override ICommunityInterviewStore CommunityInterviews => new LiteDbCommunityInterviewStore(collections);

    public override IPlatformStateStore PlatformState => new LiteDbPlatformStateStore(collections);

    public override ILeaseStore Leases => new LiteDbLeaseStore(collections, Time);

    public override IDiscussionStore Discussions => discussions;

    public static Task<StoreHarness> StartAsync() => Task.FromResult<StoreHarness>(new LiteDbHarness());

    public override Task<(int Conversations, int OutboxEntries)> SweepIdleAsync()
    {
        Sync();
        var result = new IdleConversationSweeper(collections, Options.Create(options), Time, NullLogger<IdleConversationSweeper>.Instance).Sweep(CancellationToken.None);
        return Task.FromResult((result.Conversations, result.OutboxEntries));
    }

    public override Task<int> PruneHandledAsync()
    {
        Sync();
        return Task.FromResult(new HandledMarkerPruner(collections, Options.Create(options), NullLogger<HandledMarkerPruner>.Instance).Prune(Time.GetUtcNow()));
    }

    public override Task LetLeaseTimePassAsync(TimeSpan duration)
    {
        Time.Advance(duration);
        return Task.CompletedTask;
    }

    public override Task RestartAsync()
    {
        database.Dispose();
        Open();
        return Task.CompletedTask;
    }

    public override Task WriteDamagedChannelAsync(ChannelKey key)
    {
        database.GetCollection(LiteDbDiscussionStore.CollectionName).Upsert(
            new BsonDocument { ["_id"] = key.ToString(), ["platform"] = key.Platform.ToString(), ["state"] = "{\"key\": 12, \"slot\": [" });
        return Task.CompletedTask;
    }

    public override ValueTask DisposeAsync()
    {
        database.Dispose();
        Directory.Delete(folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    private void Open()
    {
        database = new LiteDatabase(new ConnectionString { Filename = Path.Combine(folder, "careerbot.db"), Connection = ConnectionType.Direct });
        collections = new ConversationCollections(database, writeGate);
        var wrapped = Options.Create(options);
        conversations = new LiteDbConversationStore(
            collections,
            new HandledMarkerPruner(collections, wrapped, NullLogger<HandledMarkerPruner>.Instance),
            new LogCheckpointer(collections, wrapped, NullLogger<LogCheckpointer>.Instance),
            Time,
            NullLogger<LiteDbConversationStore>.Instance);
        discussions = new LiteDbDiscussionStore(database, writeGate, NullLogger<LiteDbDiscussionStore>.Instance);
    }

    private void Sync()
    {
        options.HandledRetention = HandledRetention;
        options.MaxHandledMarkers = MaxHandledMarkers;
        options.RetainIdleFor = RetainIdleFor;
    }
}
