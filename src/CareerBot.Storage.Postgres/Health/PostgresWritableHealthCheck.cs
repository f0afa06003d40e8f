using CareerBot.Core.Messaging;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace CareerBot.Storage.Postgres.Health;

/// <summary>
/// Healthy when this process can write to the store: its probe row is upserted (a read-only standby, a full disk or a
/// lost connection fail it). Registered under the same name as the LiteDB check, so /healthz looks the same on either store.
/// </summary>
internal sealed class PostgresWritableHealthCheck(StoreDatabase database, ProcessIdentity identity) : IHealthCheck
{
    public const string Name = "litedb";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    // Rows of processes gone for a day are cleared on the way.
    private const string Probe = """
        WITH gone AS (DELETE FROM health_probes WHERE checked_at < now() - interval '1 day')
        INSERT INTO health_probes (owner, checked_at) VALUES ($1, now())
        ON CONFLICT (owner) DO UPDATE SET checked_at = excluded.checked_at
        """;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await using var command = await database.CommandAsync(Probe, timeout.Token);
            command.Parameters.Add(Parameter.Text(Conversations.StoreKey.For(identity.Id)));
            await command.ExecuteNonQueryAsync(timeout.Token);
            return HealthCheckResult.Healthy("writable");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"not writable (no answer in {Timeout.TotalSeconds:0} s)");
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or ObjectDisposedException)
        {
            // The type and SQLSTATE only, never the message: server messages can quote stored keys.
            var code = ex is PostgresException postgres ? $" {postgres.SqlState}" : string.Empty;
            return HealthCheckResult.Unhealthy($"not writable ({ex.GetType().Name}{code})");
        }
    }
}
