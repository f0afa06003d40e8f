using CareerBot.Storage.LiteDb.Conversations;
using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.LiteDb.Retention;

/// <summary>
/// Deletes conversations idle longer than <see cref="ConversationStoreOptions.RetainIdleFor"/> together with everything
/// keyed to the person, as /forget does: the conversation and its undelivered outbox entries (handled-event markers never
/// name the person). Each person goes in one transaction under the write gate, re-checked there so a turn saved since the
/// scan keeps its conversation; one checkpoint at the end clears the deleted bytes out of the -log file.
/// </summary>
internal sealed class IdleConversationSweeper(
    ConversationCollections collections,
    IOptions<ConversationStoreOptions> options,
    TimeProvider timeProvider,
    ILogger<IdleConversationSweeper> logger)
{
    private const int BatchSize = 100;

    /// <summary>Deletes every idle conversation; returns how many conversations and outbox entries went.</summary>
    public SweepResult Sweep(CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var cutoff = timeProvider.GetUtcNow() - options.Value.RetainIdleFor;

        // The scan reads a snapshot without blocking writers.
        var idle = collections.Conversations.FindAll()
            .Where(d => d["_id"].IsString && IsIdle(d, cutoff))
            .Select(d => d["_id"])
            .ToList();

        var result = new SweepResult(0, 0);
        if (idle.Count > 0)
        {
            // One pass over the outbox (it has no index on the person): new entries only come with a turn, which
            // makes the person active again and is caught by the re-check below.
            var idleKeys = idle.Select(id => id.AsString).ToHashSet(StringComparer.Ordinal);
            var outboxByKey = collections.Outbox.FindAll()
                .Where(d => d[OutboxBson.ConversationKey].IsString && idleKeys.Contains(d[OutboxBson.ConversationKey].AsString))
                .ToLookup(d => d[OutboxBson.ConversationKey].AsString, d => d["_id"], StringComparer.Ordinal);
            foreach (var batch in idle.Chunk(BatchSize))
            {
                cancellationToken.ThrowIfCancellationRequested();
                result += DeleteBatch(batch, outboxByKey, cutoff);
            }
        }

        if (result.Conversations > 0)
        {
            using (collections.WriteGate.Enter())
            {
                collections.Database.Checkpoint();
            }
        }

        var elapsedMs = (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;
        Log.RetentionSwept(logger, result.Conversations, result.OutboxEntries, elapsedMs);
        return result;
    }

    private SweepResult DeleteBatch(BsonValue[] ids, ILookup<string, BsonValue> outboxByKey, DateTimeOffset cutoff)
    {
        var database = collections.Database;
        using (collections.WriteGate.Enter())
        {
            if (!database.BeginTrans())
            {
                throw new InvalidOperationException("A LiteDB transaction is already open on this thread.");
            }

            try
            {
                var result = new SweepResult(0, 0);
                foreach (var id in ids)
                {
                    // Re-read inside the gate: a turn saved since the scan made the person active again.
                    if (collections.Conversations.FindById(id) is not { } current || !IsIdle(current, cutoff))
                    {
                        continue;
                    }

                    collections.Conversations.Delete(id);

                    // Outbox entries carry the same key value as the conversation's _id (both IndexKey of the key).
                    var outbox = outboxByKey[id.AsString].Count(entry => collections.Outbox.Delete(entry));
                    result += new SweepResult(1, outbox);
                }

                database.Commit();
                return result;
            }
            catch
            {
                database.Rollback();
                throw;
            }
        }
    }

    // A missing or damaged time reads as the epoch, as the store reads it: such a record is swept.
    private static bool IsIdle(BsonDocument conversation, DateTimeOffset cutoff) =>
        BsonTime.FromBson(conversation["last"], DateTimeOffset.UnixEpoch) < cutoff;
}
