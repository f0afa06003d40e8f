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
    private readonly Lock gate = new();
    private DateTimeOffset lastRun = DateTimeOffset.MinValue;

    public void PruneIfDue(DateTimeOffset now)
    {
        lock (gate)
        {
            if (now - lastRun < options.Value.PruneInterval)
            {
                return;
            }

            lastRun = now;
        }

        Prune(now);
    }

    // Queries use parameters: LiteDB parses and compiles each distinct expression text once and caches it for good,
    // so a value written into the text (as Query.EQ/LT do) costs milliseconds per call and grows that cache forever.

    /// <summary>Deletes markers older than the retention, then the oldest beyond the maximum count; returns how many went.</summary>
    public int Prune(DateTimeOffset now)
    {
        var handled = collections.Handled;
        var cutoff = (now - options.Value.HandledRetention).UtcTicks;
        var removed = handled.DeleteMany(HandledBson.HandledAt + " < @0", cutoff);

        var excess = handled.Count() - options.Value.MaxHandledMarkers;
        if (excess > 0)
        {
            var newestToDrop = handled.Find(Query.All(HandledBson.HandledAt), skip: excess - 1, limit: 1).FirstOrDefault();
            if (newestToDrop is not null)
            {
                removed += handled.DeleteMany(HandledBson.HandledAt + " <= @0", newestToDrop[HandledBson.HandledAt]);
            }
        }

        if (removed > 0)
        {
            Log.HandledMarkersPruned(logger, removed);
        }

        return removed;
    }
}
