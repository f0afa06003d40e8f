using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.Postgres.Retention;

/// <summary>Keeps the handled-event markers bounded by age and by count; one process prunes at a time (the others skip).</summary>
internal sealed class HandledMarkerPruner(StoreDatabase database, IOptions<RetentionOptions> options, ILogger<HandledMarkerPruner> logger)
{
    /// <summary>The advisory lock of pruning ("CBprunes").</summary>
    public const long LockKey = 0x4342_7072_756E_6573;

    private const string Prune = """
        WITH old AS (
            DELETE FROM handled_events WHERE handled_at < $1 RETURNING 1
        )
        SELECT count(*)::int FROM old
        """;

    // The newest $1 are kept; ties are broken by key so the count is exact.
    private const string Cap = """
        WITH excess AS (
            DELETE FROM handled_events WHERE (platform, message_id) IN (
                SELECT platform, message_id FROM handled_events ORDER BY handled_at DESC, platform DESC, message_id DESC OFFSET $1)
            RETURNING 1
        )
        SELECT count(*)::int FROM excess
        """;

    /// <summary>Deletes markers older than the retention, then the oldest beyond the maximum count; returns how many went.</summary>
    public async Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        if (!await AdvisoryLock.TryTakeAsync(connection, LockKey, cancellationToken))
        {
            return 0;
        }

        int removed;
        try
        {
            await using (var old = new Npgsql.NpgsqlCommand(Prune, connection))
            {
                old.Parameters.Add(Parameter.Time(now - options.Value.HandledRetention));
                removed = (int)(await old.ExecuteScalarAsync(cancellationToken))!;
            }

            await using var cap = new Npgsql.NpgsqlCommand(Cap, connection);
            cap.Parameters.Add(Parameter.Int(options.Value.MaxHandledMarkers));
            removed += (int)(await cap.ExecuteScalarAsync(cancellationToken))!;
        }
        finally
        {
            await AdvisoryLock.ReleaseAsync(connection, LockKey);
        }

        if (removed > 0)
        {
            Log.HandledMarkersPruned(logger, removed);
        }

        return removed;
    }
}
