namespace CareerBot.Discord;

/// <summary>
/// The last <c>capacity</c> ids seen, oldest forgotten first. The router uses it to acknowledge an interaction once
/// when a RESUME replays it: a second callback is refused by Discord (40060), and the turn is deduped later anyway.
/// </summary>
internal sealed class RecentIds(int capacity)
{
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();
    private readonly Lock gate = new();

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
