using CareerBot.Core.Messaging;
using LiteDB;

namespace CareerBot.Storage.LiteDb.Conversations;

/// <summary>
/// Leases in the LiteDB file. The file belongs to one process, so these never coordinate processes
/// (<see cref="SpansProcesses"/> is false and the dispatcher and scheduler rely on their in-memory locks); they are kept
/// in the file so that what is paced by time (a Discord IDENTIFY) stays paced across a restart.
/// </summary>
internal sealed class LiteDbLeaseStore(ConversationCollections collections, TimeProvider time) : ILeaseStore
{
    private const string Owner = "owner";
    private const string Until = "until";

    public bool SpansProcesses => false;

    public Task<bool> TryAcquireAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        cancellationToken.ThrowIfCancellationRequested();
        var now = time.GetUtcNow().UtcTicks;
        using (collections.WriteGate.Enter())
        {
            var id = IndexKey.For(name);
            var held = collections.Leases.FindById(id);
            if (held is not null && held[Owner].AsString != owner && held[Until].AsInt64 > now)
            {
                return Task.FromResult(false);
            }

            collections.Leases.Upsert(new BsonDocument { ["_id"] = id, [Owner] = owner, [Until] = now + duration.Ticks });
            return Task.FromResult(true);
        }
    }

    public Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        cancellationToken.ThrowIfCancellationRequested();
        using (collections.WriteGate.Enter())
        {
            var id = IndexKey.For(name);
            if (collections.Leases.FindById(id) is { } held && held[Owner].AsString == owner)
            {
                collections.Leases.Delete(id);
            }
        }

        return Task.CompletedTask;
    }
}
