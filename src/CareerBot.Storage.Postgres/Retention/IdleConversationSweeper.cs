using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.Postgres.Retention;

/// <summary>
/// Deletes conversations idle longer than <see cref="RetentionOptions.RetainIdleFor"/> together with their undelivered
/// replies, as /forget does (handled-event markers never name the person). Batches of a few hundred people, each one
/// statement; the idle test is re-checked on the row it deletes, so a turn saved meanwhile keeps its conversation.
/// One process sweeps at a time (a try-lock: the others skip this round).
/// </summary>
internal sealed class IdleConversationSweeper(
    StoreDatabase database,
    IOptions<RetentionOptions> options,
    TimeProvider timeProvider,
    ILogger<IdleConversationSweeper> logger)
{
    /// <summary>The advisory lock of the sweep ("CBsweeps").</summary>
    public const long LockKey = 0x4342_7377_6565_7073;

    private const int BatchSize = 500;

    private const string DeleteBatch = """
        WITH idle AS (
            DELETE FROM conversations
            WHERE last_activity < $1
              AND (platform, user_key) IN (SELECT platform, user_key FROM conversations WHERE last_activity < $1 LIMIT $2)
            RETURNING platform, user_key
        ), replies AS (
            DELETE FROM outbox o USING idle WHERE o.platform = idle.platform AND o.user_key = idle.user_key
            RETURNING 1
        )
        SELECT (SELECT count(*)::int FROM idle), (SELECT count(*)::int FROM replies)
        """;

    /// <summary>Deletes every idle conversation; returns how many conversations and outbox entries went (none when another process is sweeping).</summary>
    public async Task<SweepResult> SweepAsync(CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var cutoff = timeProvider.GetUtcNow() - options.Value.RetainIdleFor;
        await using var connection = await database.OpenAsync(cancellationToken);
        if (!await AdvisoryLock.TryTakeAsync(connection, LockKey, cancellationToken))
        {
            Log.RetentionSweepBusy(logger);
            return default;
        }

        var result = new SweepResult(0, 0);
        try
        {
            SweepResult batch;
            do
            {
                await using var command = new Npgsql.NpgsqlCommand(DeleteBatch, connection);
                command.Parameters.Add(Parameter.Time(cutoff));
                command.Parameters.Add(Parameter.Int(BatchSize));
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                await reader.ReadAsync(cancellationToken);
                batch = new SweepResult(reader.GetInt32(0), reader.GetInt32(1));
                result += batch;
            }
            while (batch.Conversations == BatchSize);
        }
        finally
        {
            await AdvisoryLock.ReleaseAsync(connection, LockKey);
        }

        var elapsedMs = (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;
        Log.RetentionSwept(logger, result.Conversations, result.OutboxEntries, elapsedMs);
        return result;
    }
}
