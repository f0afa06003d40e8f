using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CareerBot.Storage.Postgres.Schema;

/// <summary>
/// Brings the database's schema up to this build's migrations, once per process, before anything reads or writes the store.
/// Processes starting at once queue on one advisory lock: the first applies what is missing, each migration in its own
/// transaction recorded in <c>schema_migrations</c>; the others then find nothing left to do.
/// </summary>
internal sealed class SchemaMigrator(NpgsqlDataSource dataSource, IOptions<PostgresOptions> options, TimeProvider time, ILogger<SchemaMigrator> logger) : IDisposable
{
    /// <summary>The advisory lock every CareerBot process takes to migrate ("CBschema").</summary>
    public const long LockKey = 0x4342_7363_6865_6D61;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _ready;

    public bool IsReady => _ready;

    /// <summary>Completes at once after the first success; a failure is thrown (the caller logs it) and the next call tries again.</summary>
    public ValueTask EnsureReadyAsync(CancellationToken cancellationToken) =>
        _ready ? ValueTask.CompletedTask : new ValueTask(MigrateOnceAsync(cancellationToken));

    /// <summary>Applies the migrations not yet recorded; returns how many it applied.</summary>
    internal async Task<int> ApplyAsync(IReadOnlyList<SchemaMigration> migrations, CancellationToken cancellationToken)
    {
        var store = options.Value.Describe();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await AdvisoryLock.TakeAsync(connection, LockKey, cancellationToken);
        try
        {
            await ExecuteAsync(connection, """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version    integer     PRIMARY KEY,
                    name       text        NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now()
                )
                """, cancellationToken);
            var stored = await StoredVersionAsync(connection, cancellationToken);
            var known = migrations.Count == 0 ? 0 : migrations[^1].Version;
            if (stored > known)
            {
                Log.SchemaNewer(logger, store, stored, known);
            }

            var applied = 0;
            foreach (var migration in migrations.Where(m => m.Version > stored))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await ExecuteAsync(connection, migration.Sql, cancellationToken);
                await using (var record = new NpgsqlCommand("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", connection))
                {
                    record.Parameters.Add(new() { Value = migration.Version });
                    record.Parameters.Add(new() { Value = migration.Name });
                    await record.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                Log.MigrationApplied(logger, migration.Version, migration.Name, store);
                applied++;
            }

            return applied;
        }
        finally
        {
            await AdvisoryLock.ReleaseAsync(connection, LockKey);
        }
    }

    private async Task MigrateOnceAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_ready)
            {
                return;
            }

            var started = time.GetTimestamp();
            var migrations = EmbeddedMigrations.All;
            var applied = await ApplyAsync(migrations, cancellationToken);
            _ready = true;
            var elapsedMs = (long)time.GetElapsedTime(started).TotalMilliseconds;
            var store = options.Value.Describe();
            Log.SchemaReady(logger, store, migrations[^1].Version, applied, elapsedMs);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private static async Task<int> StoredVersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_migrations", connection);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
