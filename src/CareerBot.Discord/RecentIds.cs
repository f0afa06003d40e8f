namespace CareerBot.Discord;

/// <summary>
/// The last <c>capacity</c> ids seen, oldest forgotten first: interactions already acknowledged (a RESUME may replay
/// one; Discord refuses a second callback with 40060) and replies already confirmed (an outbox sweep skips them).
/// </summary>
internal sealed class RecentIds(int capacity)
{
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();
    private readonly Lock gate = new();

    public bool Contains(string id)
    {
        lock (gate)
        {
            return seen.Contains(id);
        }
    }

    /// <summary>False when the id was seen recently.</summary>
    public bool TryAdd(string id)
    {
        lock (gate)
        {
            if (!seen.Add(id))
            {
                return false;
            }

            order.Enqueue(id);
            if (order.Count > capacity)
            {
                seen.Remove(order.Dequeue());
            }

            return true;
        }
    }
}
