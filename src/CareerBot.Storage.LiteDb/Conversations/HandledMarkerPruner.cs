using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.LiteDb.Conversations;

/// <summary>Keeps the handled-event markers bounded by age and by count; runs inline after a saved turn when due (no timer).</summary>
internal sealed class HandledMarkerPruner(
    ConversationCollections collections,
    IOptions<ConversationStoreOptions> options,
    ILogger<HandledMarkerPruner> logger)
{
    private readonly Lock _gate = new();
    private DateTimeOffset _lastRun = DateTimeOffset.MinValue;

    public void PruneIfDue(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (now - _lastRun < options.Value.PruneInterval)
            {
                return;
            }

            _lastRun = now;
        }

        Prune(now);
    }

    /// <summary>Deletes markers older than the retention, then the oldest beyond the maximum count; returns how many went.</summary>
    /// <remarks>
    /// There is deliberately no index on the marker time: every turn would pay for it (two more index pages written per
    /// commit), while pruning is rare. The scan reads a snapshot without blocking writers; deletes go in small batches.
    /// </remarks>
    public int Prune(DateTimeOffset now)
    {
        var cutoff = (now - options.Value.HandledRetention).UtcTicks;
        var markers = collections.Handled.FindAll()
            .Select(d => (Id: d["_id"], At: d[HandledBson.HandledAt].AsInt64))
            .ToList();
        var doomed = markers.Where(m => m.At < cutoff).ToList();
        var excess = markers.Count - doomed.Count - options.Value.MaxHandledMarkers;
        if (excess > 0)
        {
            doomed.AddRange(markers.Where(m => m.At >= cutoff).OrderBy(m => m.At).Take(excess));
        }

        var removed = 0;
        foreach (var batch in doomed.Chunk(500))
        {
            // Parameterised: LiteDB compiles each distinct expression text once and caches it forever.
            using (collections.WriteGate.Enter())
            {
                removed += collections.Handled.DeleteMany("_id IN @0", new BsonArray(batch.Select(m => m.Id)));
            }
        }

        if (removed > 0)
        {
            Log.HandledMarkersPruned(logger, removed);
        }

        return removed;
    }
}
