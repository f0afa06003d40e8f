using System.Collections.Frozen;

namespace CareerBot.Core.Discussions;

/// <summary>
/// IANA time zone ids to offer while a moderator types one (Discord's autocomplete for /weekly schedule): ids whose city
/// starts with what is typed first ("amster" → Europe/Amsterdam), then ids with a part starting with it, then ids containing
/// it, case-insensitively, spaces read as underscores; before anything is typed, the zone of the person's locale first.
/// Every id offered is one <see cref="TimeZones.Find"/> accepts.
/// </summary>
public static class TimeZoneSuggestions
{
    /// <summary>The zone most people with this app language live in; UTC for a language spoken across many zones.</summary>
    private static readonly FrozenDictionary<string, string> LocaleZones = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["nl"] = "Europe/Amsterdam",
        ["en-GB"] = "Europe/London",
        ["en-US"] = "America/New_York",
        ["de"] = "Europe/Berlin",
        ["fr"] = "Europe/Paris",
        ["es-ES"] = "Europe/Madrid",
        ["it"] = "Europe/Rome",
        ["pl"] = "Europe/Warsaw",
        ["sv-SE"] = "Europe/Stockholm",
        ["da"] = "Europe/Copenhagen",
        ["no"] = "Europe/Oslo",
        ["fi"] = "Europe/Helsinki",
        ["pt-BR"] = "America/Sao_Paulo",
        ["ja"] = "Asia/Tokyo",
        ["ko"] = "Asia/Seoul",
        ["hi"] = "Asia/Kolkata",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Offered after the locale's zone before anything is typed.
    private static readonly string[] Common = ["Europe/Amsterdam", "Europe/Brussels", "Europe/London", "Europe/Berlin", "America/New_York", "America/Los_Angeles", "UTC"];

    private static readonly Lazy<string[]> Ids = new(LoadIds);

    /// <summary>At most <paramref name="max"/> ids, best first; empty when nothing matches.</summary>
    public static IReadOnlyList<string> Suggest(string? typed, string? locale, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var likely = LikelyZone(locale);
        var text = (typed ?? "").Trim().Replace(' ', '_');
        if (text.Length == 0)
        {
            return [.. Common.Prepend(likely).Distinct(StringComparer.Ordinal).Where(id => TimeZones.Find(id) is not null).Take(max)];
        }

        return [.. Ids.Value
            .Select(id => (Id: id, Rank: Rank(id, text)))
            .Where(z => z.Rank >= 0)
            .OrderBy(z => z.Rank)
            .ThenBy(z => z.Id == likely ? 0 : 1)
            .ThenBy(z => z.Id, StringComparer.Ordinal)
            .Take(max)
            .Select(z => z.Id)];
    }

    /// <summary>The zone of the locale ("nl" → Europe/Amsterdam, "en-GB" → Europe/London), by full tag then language; UTC when unknown.</summary>
    public static string LikelyZone(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return "UTC";
        }

        var language = locale.Split('-')[0];
        return LocaleZones.TryGetValue(locale, out var zone) || LocaleZones.TryGetValue(language, out zone) ? zone : "UTC";
    }

    // 0: the city starts with it; 1: the id does; 2: a part of the id does; 3: the id contains it; -1: no match.
    private static int Rank(string id, string text)
    {
        var city = id[(id.LastIndexOf('/') + 1)..];
        if (city.StartsWith(text, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        if (id.StartsWith(text, StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        if (id.Split('/', '_', '-').Any(part => part.StartsWith(text, StringComparison.OrdinalIgnoreCase)))
        {
            return 2;
        }

        return id.Contains(text, StringComparison.OrdinalIgnoreCase) ? 3 : -1;
    }

    // Region ids ("Europe/Amsterdam") and UTC; the system's aliases and legacy names (Etc/GMT+1, EST5EDT, US/Eastern) are not offered.
    private static string[] LoadIds()
    {
        string[] areas = ["Africa/", "America/", "Antarctica/", "Arctic/", "Asia/", "Atlantic/", "Australia/", "Europe/", "Indian/", "Pacific/"];
        var ids = TimeZoneInfo.GetSystemTimeZones()
            .Select(zone => zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : zone.Id)
            .Where(id => areas.Any(area => id.StartsWith(area, StringComparison.Ordinal)))
            .Append("UTC");
        return [.. ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }
}
