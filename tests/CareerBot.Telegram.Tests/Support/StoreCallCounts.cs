using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CareerBot.Telegram.Tests.Support;

/// <summary>
/// Store calls counted by method and by kind (read or write), thread-safe; also by key shape ("GetAsync telegram:blocked:#")
/// where the store is keyed, to show where the calls come from.
/// </summary>
internal sealed partial class StoreCallCounts
{
    private readonly ConcurrentDictionary<string, int> _byMethod = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<StoreCallKind, int> _byKind = new();

    public int Reads => _byKind.GetValueOrDefault(StoreCallKind.Read);

    public int Writes => _byKind.GetValueOrDefault(StoreCallKind.Write);

    public int Total => Reads + Writes;

    /// <summary>Calls per method name ("FindAsync").</summary>
    public IReadOnlyDictionary<string, int> ByMethod => new SortedDictionary<string, int>(_byMethod, StringComparer.Ordinal);

    /// <summary>Calls per method and key with its numbers replaced by # ("SetAsync telegram:offset").</summary>
    public IReadOnlyDictionary<string, int> ByKey => new SortedDictionary<string, int>(_byKey, StringComparer.Ordinal);

    /// <summary>The methods and their counts in name order, e.g. "FindAsync 1, SaveTurnAsync 1"; "none" when nothing was called.</summary>
    public string Summary => _byMethod.IsEmpty ? "none" : string.Join(", ", ByMethod.Select(p => $"{p.Key} {p.Value}"));

    /// <summary>The key shapes and their counts in order, e.g. "GetAsync telegram:offset 1"; "none" when no keyed call was made.</summary>
    public string KeySummary => _byKey.IsEmpty ? "none" : string.Join(", ", ByKey.Select(p => $"{p.Key} {p.Value}"));

    public void Count(string method, StoreCallKind kind, string? key = null)
    {
        _byMethod.AddOrUpdate(method, 1, (_, n) => n + 1);
        _byKind.AddOrUpdate(kind, 1, (_, n) => n + 1);
        if (key is not null)
        {
            _byKey.AddOrUpdate($"{method} {Numbers().Replace(key, "#")}", 1, (_, n) => n + 1);
        }
    }

    public void Reset()
    {
        _byMethod.Clear();
        _byKey.Clear();
        _byKind.Clear();
    }

    /// <summary>Reads, writes, each method and each key shape, one per line.</summary>
    public string Describe()
    {
        var text = new StringBuilder($"reads {Reads}, writes {Writes}: {Summary}");
        foreach (var (key, count) in ByKey)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  {key}: {count}");
        }

        return text.ToString();
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Numbers();
}
