namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>
/// Which occupations carry a Frey &amp; Osborne figure published for a wider group than themselves, and that group's name
/// in English (Frey &amp; Osborne's own wording) and Dutch (seeds/frey_osborne_groups_nl.csv).
/// </summary>
internal static class AutomationGroups
{
    /// <summary>
    /// A SOC 2010 source code is wider than the occupation when it is no SOC 2010 occupation in BLS's crosswalk (an OES
    /// aggregate such as 25-1000 "Postsecondary teachers" or 15-1179, or an "…, all other" code such as 15-1799), or when
    /// BLS split it over several SOC 2018 occupations and this one did not keep its code (11-3011 → 11-3012 and 11-3013) —
    /// unless the source's title is the occupation's own ("Registered nurses" for Registered Nurses). An occupation with a
    /// wider source gets the titles of all its sources (their mean is its figure), joined by "; ".
    /// </summary>
    public static Dictionary<string, (string English, string Dutch)> Read(
        SeedTable freyOsborne, SeedTable soc2010ToSoc2018, SeedTable groupsDutch, IReadOnlyDictionary<string, string> socTitles)
    {
        var split = Successors(soc2010ToSoc2018);
        var dutch = DutchNames(groupsDutch);
        var soc = freyOsborne.Column("soc2018");
        var codes = freyOsborne.Column("fo_soc_codes");
        var titles = freyOsborne.Column("fo_titles");
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var row in freyOsborne.Rows)
        {
            var occupation = SeedTable.Text(row, soc);
            var sources = Split(SeedTable.Text(row, codes)).Zip(Split(SeedTable.Text(row, titles)), (code, title) => (Code: code, Title: title)).ToList();
            var ownTitle = socTitles.GetValueOrDefault(occupation) ?? string.Empty;
            if (!sources.Any(s => IsWider(s.Code, occupation, split) && !SameName(s.Title, ownTitle)))
            {
                continue;
            }

            var names = sources.Select(s => dutch.TryGetValue(s.Code, out var name) && name.English == s.Title
                ? name.Dutch
                : throw new InvalidDataException(
                    $"Seed file '{groupsDutch.Name}' has no Dutch name for Frey & Osborne group {s.Code} \"{s.Title}\" (or names it differently), which {occupation} is counted in."));
            result[occupation] = (string.Join("; ", sources.Select(s => s.Title)), string.Join("; ", names));
        }

        return result;
    }

    private static bool IsWider(string source, string occupation, Dictionary<string, HashSet<string>> successors) =>
        !successors.TryGetValue(source, out var socs) || (socs.Count > 1 && source != occupation);

    private static bool SameName(string a, string b) =>
        string.Equals(Letters(a), Letters(b), StringComparison.Ordinal);

    private static string Letters(string text) => string.Concat(text.Where(char.IsLetter).Select(char.ToLowerInvariant));

    private static Dictionary<string, HashSet<string>> Successors(SeedTable table)
    {
        var from = table.Column("soc2010");
        var to = table.Column("soc2018");
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var code = SeedTable.Text(row, from);
            (result.TryGetValue(code, out var set) ? set : result[code] = new(StringComparer.Ordinal)).Add(SeedTable.Text(row, to));
        }

        return result;
    }

    private static Dictionary<string, (string English, string Dutch)> DutchNames(SeedTable table)
    {
        var code = table.Column("soc2010");
        var english = table.Column("title_en");
        var dutch = table.Column("title_nl");
        return table.Rows
            .Where(row => SeedTable.TextOrNull(row, dutch) is not null)
            .ToDictionary(row => SeedTable.Text(row, code), row => (SeedTable.Text(row, english), SeedTable.Text(row, dutch)), StringComparer.Ordinal);
    }

    private static string[] Split(string cell) => cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
