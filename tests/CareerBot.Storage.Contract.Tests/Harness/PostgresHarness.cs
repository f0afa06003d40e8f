using CareerBot.Core.Communities;
using CareerBot.Core.Conversations;
using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging;
using CareerBot.Storage.Contract.Tests.Postgres;
using CareerBot.Storage.Postgres;
using CareerBot.Storage.Postgres.Conversations;
using CareerBot.Storage.Postgres.Discussions;
using CareerBot.Storage.Postgres.Retention;
using CareerBot.Storage.Postgres.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CareerBot.Storage.Contract.Tests.Harness;

/// <summary>The PostgreSQL stores on the test class's database, emptied first; one data source per harness (a "process").</summary>
internal sealed class PostgresHarness : StoreHarness
{
    private readonly PostgresDatabase _database;
    private readonly RetentionOptions _options = new();
    private NpgsqlDataSource _dataSource = null!;
    private SchemaMigrator _migrator = null!;
    private StoreDatabase _store = null!;

    private PostgresHarness(PostgresDatabase database)
    {
        _database = database;
        Open();
    }

    public override IConversationStore Conversations => new PostgresConversationStore(_store, Time, NullLogger<PostgresConversationStore>.Instance);

    public override ICommunityInterviewStore CommunityInterviews => new PostgresCommunityInterviewStore(_store);

    public override IPlatformStateStore PlatformState => new PostgresPlatformStateStore(_store);

    public override ILeaseStore Leases => new PostgresLeaseStore(_store);

    public override IDiscussionStore Discussions => new PostgresDiscussionStore(_store, NullLogger<PostgresDiscussionStore>.Instance);

    internal StoreDatabase Store => _store;

    public static async Task<StoreHarness> StartAsync(PostgresDatabase database)
    {
        await database.TruncateAsync();
        return new PostgresHarness(database);
    }

    public override async Task<(int Conversations, int OutboxEntries)> SweepIdleAsync()
    {
        Sync();
        var result = await new IdleConversationSweeper(_store, Options.Create(_options), Time, NullLogger<IdleConversationSweeper>.Instance).SweepAsync(CancellationToken.None);
        return (result.Conversations, result.OutboxEntries);
    }

    public override Task<int> PruneHandledAsync()
    {
        Sync();
        return new HandledMarkerPruner(_store, Options.Create(_options), NullLogger<HandledMarkerPruner>.Instance).PruneAsync(Time.GetUtcNow(), CancellationToken.None);
    }

    // Expiry is judged by the database's clock: real time has to pass.
    public override Task LetLeaseTimePassAsync(TimeSpan duration) => Task.Delay(duration);

    public override async Task RestartAsync()
    {
        await CloseAsync();
        Open();
    }

    public override async Task WriteDamagedChannelAsync(ChannelKey key)
    {
        await using var command = _dataSource.CreateCommand(
            "INSERT INTO discussion_channels (platform, channel_key, listed, state) VALUES ($1, $2, true, '{\"key\": 12, \"slot\": [1]}')");
        command.Parameters.Add(new NpgsqlParameter { Value = key.Platform.ToString() });
        command.Parameters.Add(new NpgsqlParameter { Value = key.ChannelId });
        await command.ExecuteNonQueryAsync();
    }

    public override ValueTask DisposeAsync() => new(CloseAsync());

    private void Open()
    {
        _dataSource = NpgsqlDataSource.Create(_database.ConnectionString);
        _migrator = _database.CreateMigrator(_dataSource);
        _store = new StoreDatabase(_dataSource, _migrator);
    }

    private async Task CloseAsync()
    {
        _migrator.Dispose();
        await _dataSource.DisposeAsync();
    }

    private void Sync()
    {
        _options.HandledRetention = HandledRetention;
        _options.MaxHandledMarkers = MaxHandledMarkers;
        _options.RetainIdleFor = RetainIdleFor;
    }
}
