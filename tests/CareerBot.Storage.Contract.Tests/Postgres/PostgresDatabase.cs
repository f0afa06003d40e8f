using CareerBot.Storage.Postgres;
using CareerBot.Storage.Postgres.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CareerBot.Storage.Contract.Tests.Postgres;

/// <summary>A fresh database for one test class (an xunit class fixture), migrated once, dropped after the class.</summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    private string? _connectionString;

    /// <summary>The helpers on a database created elsewhere (not migrated, not dropped by this object).</summary>
    internal static PostgresDatabase Existing(string connectionString) => new() { _connectionString = connectionString };

    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("The database is created in InitializeAsync.");

    public async Task InitializeAsync()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        await using var dataSource = NpgsqlDataSource.Create(_connectionString);
        using var migrator = CreateMigrator(dataSource);
        await migrator.EnsureReadyAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_connectionString is not null)
        {
            await PostgresServer.DropDatabaseAsync(_connectionString);
        }
    }

    /// <summary>Empties every table of the store, for the next test of the class.</summary>
    public async Task TruncateAsync()
    {
        await using var dataSource = NpgsqlDataSource.Create(ConnectionString);
        await using var command = dataSource.CreateCommand(
            "TRUNCATE conversations, handled_events, outbox, platform_state, leases, discussion_channels, health_probes");
        await command.ExecuteNonQueryAsync();
    }

    internal SchemaMigrator CreateMigrator(NpgsqlDataSource dataSource) =>
        new(dataSource, Options.Create(new PostgresOptions { ConnectionString = ConnectionString }), TimeProvider.System, NullLogger<SchemaMigrator>.Instance);
}
