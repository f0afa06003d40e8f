using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Storage.Postgres;
using CareerBot.Storage.Postgres.Conversations;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CareerBot.Storage.Contract.Tests.Postgres;

/// <summary>Stores as two processes have them: each with its own data source (own connection pool) on the same database.</summary>
internal sealed class TwoProcesses : IAsyncDisposable
{
    private readonly NpgsqlDataSource[] _dataSources;

    public TwoProcesses(PostgresDatabase database)
    {
        _dataSources = [NpgsqlDataSource.Create(database.ConnectionString), NpgsqlDataSource.Create(database.ConnectionString)];
        var stores = _dataSources.Select(d => new StoreDatabase(d, database.CreateMigrator(d))).ToArray();
        Conversations = [.. stores.Select(s => (IConversationStore)new PostgresConversationStore(s, TimeProvider.System, NullLogger<PostgresConversationStore>.Instance))];
        Leases = [.. stores.Select(s => (ILeaseStore)new PostgresLeaseStore(s))];
    }

    public IReadOnlyList<IConversationStore> Conversations { get; }

    public IReadOnlyList<ILeaseStore> Leases { get; }

    public async ValueTask DisposeAsync()
    {
        foreach (var dataSource in _dataSources)
        {
            await dataSource.DisposeAsync();
        }
    }
}
