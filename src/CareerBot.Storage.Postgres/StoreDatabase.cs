using CareerBot.Storage.Postgres.Schema;
using Npgsql;

namespace CareerBot.Storage.Postgres;

/// <summary>The process's one <see cref="NpgsqlDataSource"/>, opened only once the schema is migrated.</summary>
internal sealed class StoreDatabase(NpgsqlDataSource dataSource, SchemaMigrator schema)
{
    public async ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await schema.EnsureReadyAsync(cancellationToken);
        return await dataSource.OpenConnectionAsync(cancellationToken);
    }

    /// <summary>A command on a pooled connection of its own, for a single statement.</summary>
    public async ValueTask<NpgsqlCommand> CommandAsync(string sql, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await schema.EnsureReadyAsync(cancellationToken);
        return dataSource.CreateCommand(sql);
    }
}
