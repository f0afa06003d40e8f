using System.Collections.Concurrent;

namespace CareerBot.Core.Discussions;

/// <summary>IANA time zones by id, case-insensitively ("europe/amsterdam" works too); unknown ids are null, not exceptions.</summary>
public static class TimeZones
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> Cache = new(StringComparer.OrdinalIgnoreCase);

    public static TimeZoneInfo? Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
        {
            return null;
        }

        return Cache.GetOrAdd(id.Trim(), Resolve);
    }

    private static TimeZoneInfo? Resolve(string id)
    {
        if (id.Equals("UTC", StringComparison.OrdinalIgnoreCase) || id.Equals("Etc/UTC", StringComparison.OrdinalIgnoreCase))
        {
            return TimeZoneInfo.Utc;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        // Zone files are case-sensitive on Linux; people type "europe/amsterdam".
        var match = TimeZoneInfo.GetSystemTimeZones().FirstOrDefault(z => z.Id.Equals(id, StringComparison.OrdinalIgnoreCase));
        return match;
    }
}
