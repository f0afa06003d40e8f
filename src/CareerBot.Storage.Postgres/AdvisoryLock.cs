using Npgsql;

namespace CareerBot.Storage.Postgres;

/// <summary>Session advisory locks for work one process should do at a time (a dropped connection releases them too).</summary>
internal static class AdvisoryLock
{
    /// <summary>Waits until the lock is free.</summary>
    public static async Task TakeAsync(NpgsqlConnection connection, long key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<bool> TryTakeAsync(NpgsqlConnection connection, long key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public static async Task ReleaseAsync(NpgsqlConnection connection, long key)
    {
        // Not cancellable: the connection goes back to the pool, and must not go back holding the lock.
        await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }
}
