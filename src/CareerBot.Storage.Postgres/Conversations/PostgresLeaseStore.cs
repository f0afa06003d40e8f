using CareerBot.Core.Messaging;

namespace CareerBot.Storage.Postgres.Conversations;

/// <summary>
/// Leases every process sees (<see cref="SpansProcesses"/>): one row per name. Taking or renewing is one statement
/// that writes only when the lease is free, ran out or is already the caller's; expiry is on the database's clock
/// (<c>now()</c>), so processes whose clocks disagree still agree on who holds a lease.
/// </summary>
internal sealed class PostgresLeaseStore(StoreDatabase database) : ILeaseStore
{
    private const string Acquire = """
        INSERT INTO leases (name, owner, expires_at) VALUES ($1, $2, now() + $3)
        ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
        WHERE leases.expires_at <= now() OR leases.owner = excluded.owner
        RETURNING 1
        """;

    private const string Release = "DELETE FROM leases WHERE name = $1 AND owner = $2";

    public bool SpansProcesses => true;

    public async Task<bool> TryAcquireAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        await using var command = await database.CommandAsync(Acquire, cancellationToken);
        command.Parameters.Add(Parameter.Text(StoreKey.For(name)));
        command.Parameters.Add(Parameter.Text(StoreKey.For(owner)));
        command.Parameters.Add(Parameter.Interval(duration));
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        await using var command = await database.CommandAsync(Release, cancellationToken);
        command.Parameters.Add(Parameter.Text(StoreKey.For(name)));
        command.Parameters.Add(Parameter.Text(StoreKey.For(owner)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
