using System.Diagnostics.CodeAnalysis;

namespace CareerBot.Discord;

/// <summary>
/// The last <c>capacity</c> keys set, each with a value, the oldest forgotten first: memory the adapter can afford to
/// lose on a restart (interactions acknowledged, DM channels, what a turn's private replies found).
/// </summary>
internal sealed class RecentMap<TValue>(int capacity)
{
    private readonly Dictionary<string, TValue> _values = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _gate = new();

    public bool TryGet(string key, [MaybeNullWhen(false)] out TValue value)
    {
        lock (_gate)
        {
            return _values.TryGetValue(key, out value);
        }
    }

    /// <summary>False (and nothing changes) when the key is known already.</summary>
    public bool TryAdd(string key, TValue value)
    {
        lock (_gate)
        {
            if (!_values.TryAdd(key, value))
            {
                return false;
            }

            Remember(key);
            return true;
        }
    }

    public void Set(string key, TValue value)
    {
        lock (_gate)
        {
            if (_values.ContainsKey(key))
            {
                _values[key] = value;
                return;
            }

            _values[key] = value;
            Remember(key);
        }
    }

    public void Remove(string key)
    {
        lock (_gate)
        {
            // Its place in the order stays: forgetting it again later is harmless.
            _values.Remove(key);
        }
    }

    private void Remember(string key)
    {
        _order.Enqueue(key);
        while (_order.Count > capacity)
        {
            _values.Remove(_order.Dequeue());
        }
    }
}
