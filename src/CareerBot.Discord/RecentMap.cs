using System.Diagnostics.CodeAnalysis;

namespace CareerBot.Discord;

/// <summary>
/// The last <c>capacity</c> keys set, each with a value, the oldest forgotten first: memory the adapter can afford to
/// lose on a restart (interactions acknowledged, DM channels, what a turn's private replies found).
/// </summary>
internal sealed class RecentMap<TValue>(int capacity)
{
    private readonly Dictionary<string, TValue> values = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();
    private readonly Lock gate = new();

    public bool TryGet(string key, [MaybeNullWhen(false)] out TValue value)
    {
        lock (gate)
        {
            return values.TryGetValue(key, out value);
        }
    }

    /// <summary>False (and nothing changes) when the key is known already.</summary>
    public bool TryAdd(string key, TValue value)
    {
        lock (gate)
        {
            if (!values.TryAdd(key, value))
            {
                return false;
            }

            Remember(key);
            return true;
        }
    }

    public void Set(string key, TValue value)
    {
        lock (gate)
        {
            if (values.ContainsKey(key))
            {
                values[key] = value;
                return;
            }

            values[key] = value;
            Remember(key);
        }
    }

    public void Remove(string key)
    {
        lock (gate)
        {
            // Its place in the order stays: forgetting it again later is harmless.
            values.Remove(key);
        }
    }

    private void Remember(string key)
    {
        order.Enqueue(key);
        while (order.Count > capacity)
        {
            values.Remove(order.Dequeue());
        }
    }
}
