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
    private readonly PostgresDatabase database;
    private readonly RetentionOptions options = new();
    private NpgsqlDataSource dataSource = null!;
    private SchemaMigrator migrator = null!;
    private StoreDatabase store = null!;

    private PostgresHarness(PostgresDatabase database)
    {
        this.database = database;
        Open();
    }

    public override IConversationStore Conversations => new PostgresConversationStore(store, Time, NullLogger<PostgresConversationStore>.Instance);

    public override ICommunityInterviewStore CommunityInterviews => new PostgresCommunityInterviewStore(store);

    public override IPlatformStateStore PlatformState => new PostgresPlatformStateStore(store);

    public override ILeaseStore Leases => new PostgresLeaseStore(store);

    public override IDiscussionStore Discussions => new PostgresDiscussionStore(store, NullLogger<PostgresDiscussionStore>.Instance);

    internal StoreDatabase Store => store;

    public static async Task<StoreHarness> StartAsync(PostgresDatabase database)
    {
        await database.TruncateAsync();
        return new PostgresHarness(database);
    }

    public override async Task<(int Conversations, int OutboxEntries)> SweepIdleAsync()
    {
        Sync();
        var result = await new IdleConversationSweeper(store, Options.Create(options), Time, NullLogger<IdleConversationSweeper>.Instance).SweepAsync(CancellationToken.None);
        return (result.Conversations, result.OutboxEntries);
    }

    public override Task<int> PruneHandledAsync()
    {
        Sync();
        return new HandledMarkerPruner(store, Options.Create(options), NullLogger<HandledMarkerPruner>.Instance).PruneAsync(Time.GetUtcNow(), CancellationToken.None);
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
        await using var command = dataSource.CreateCommand(
            "INSERT INTO discussion_channels (platform, channel_key, listed, state) VALUES ($1, $2, true, '{\"key\": 12, \"slot\": [1]}')");
        command.Parameters.Add(new NpgsqlParameter { Value = key.Platform.ToString() });
        command.Parameters.Add(new NpgsqlParameter { Value = key.ChannelId });
        await command.ExecuteNonQueryAsync();
    }

    public override ValueTask DisposeAsync() => new(CloseAsync());

    private void Open()
    {
        dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        migrator = database.CreateMigrator(dataSource);
        store = new StoreDatabase(dataSource, migrator);
    }

    private async Task CloseAsync()
    {
        migrator.Dispose();
        await dataSource.DisposeAsync();
    }

    private void Sync()
    {
        options.HandledRetention = HandledRetention;
        options.MaxHandledMarkers = MaxHandledMarkers;
        options.RetainIdleFor = RetainIdleFor;
    }
}
