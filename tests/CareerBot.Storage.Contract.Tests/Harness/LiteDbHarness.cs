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
    private readonly string _folder = Directory.CreateTempSubdirectory("careerbot-contract-").FullName;
    private readonly LiteDbWriteGate _writeGate = new();

    // Inline pruning after saves is LiteDB's own schedule; the contract prunes explicitly, so it is held off here.
    private readonly ConversationStoreOptions _options = new() { PruneInterval = TimeSpan.FromDays(3650) };
    private LiteDatabase _database = null!;
    private ConversationCollections _collections = null!;
    private IConversationStore _conversations = null!;
    private IDiscussionStore _discussions = null!;

    private LiteDbHarness() => Open();

    public override IConversationStore Conversations => _conversations;

    public override ICommunityInterviewStore CommunityInterviews => new LiteDbCommunityInterviewStore(_collections);

    public override IPlatformStateStore PlatformState => new LiteDbPlatformStateStore(_collections);

    public override ILeaseStore Leases => new LiteDbLeaseStore(_collections, Time);

    public override IDiscussionStore Discussions => _discussions;

    public static Task<StoreHarness> StartAsync() => Task.FromResult<StoreHarness>(new LiteDbHarness());

    public override Task<(int Conversations, int OutboxEntries)> SweepIdleAsync()
    {
        Sync();
        var result = new IdleConversationSweeper(_collections, Options.Create(_options), Time, NullLogger<IdleConversationSweeper>.Instance).Sweep(CancellationToken.None);
        return Task.FromResult((result.Conversations, result.OutboxEntries));
    }

    public override Task<int> PruneHandledAsync()
    {
        Sync();
        return Task.FromResult(new HandledMarkerPruner(_collections, Options.Create(_options), NullLogger<HandledMarkerPruner>.Instance).Prune(Time.GetUtcNow()));
    }

    public override Task LetLeaseTimePassAsync(TimeSpan duration)
    {
        Time.Advance(duration);
        return Task.CompletedTask;
    }

    public override Task RestartAsync()
    {
        _database.Dispose();
        Open();
        return Task.CompletedTask;
    }

    public override Task WriteDamagedChannelAsync(ChannelKey key)
    {
        _database.GetCollection(LiteDbDiscussionStore.CollectionName).Upsert(
            new BsonDocument { ["_id"] = key.ToString(), ["platform"] = key.Platform.ToString(), ["state"] = "{\"key\": 12, \"slot\": [" });
        return Task.CompletedTask;
    }

    public override ValueTask DisposeAsync()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    private void Open()
    {
        _database = new LiteDatabase(new ConnectionString { Filename = Path.Combine(_folder, "careerbot.db"), Connection = ConnectionType.Direct });
        _collections = new ConversationCollections(_database, _writeGate);
        var wrapped = Options.Create(_options);
        _conversations = new LiteDbConversationStore(
            _collections,
            new HandledMarkerPruner(_collections, wrapped, NullLogger<HandledMarkerPruner>.Instance),
            new LogCheckpointer(_collections, wrapped, NullLogger<LogCheckpointer>.Instance),
            Time,
            NullLogger<LiteDbConversationStore>.Instance);
        _discussions = new LiteDbDiscussionStore(_database, _writeGate, NullLogger<LiteDbDiscussionStore>.Instance);
    }

    private void Sync()
    {
        _options.HandledRetention = HandledRetention;
        _options.MaxHandledMarkers = MaxHandledMarkers;
        _options.RetainIdleFor = RetainIdleFor;
    }
}
