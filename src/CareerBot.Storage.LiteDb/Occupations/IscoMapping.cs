using System.Globalization;

namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>
/// The ISCO-08 unit groups of each SOC 2018 occupation, the most likely first, from two sources: the groups of the ESCO
/// occupations mapped to it (ESCO ↔ O*NET crosswalk) and BLS's official ISCO-08 → SOC 2010 → SOC 2018 crosswalks.
/// </summary>
internal static class IscoMapping
{
    /// <summary>
    /// Groups both sources name come first, then the official crosswalk's other groups, then ESCO's other groups. Within
    /// each tier ESCO's weighted count orders them: an ESCO occupation counts 1 for its group at its primary SOC pick and
    /// 1/n at each of its n candidate SOC codes otherwise; ties go to the lower code. Only four-digit unit groups are kept.
    /// </summary>
    public static Dictionary<string, List<string>> Read(SeedTable escoToSoc, SeedTable iscoToSoc2010, SeedTable soc2010ToSoc2018)
    {
        var votes = EscoVotes(escoToSoc);
        var official = Official(iscoToSoc2010, soc2010ToSoc2018);
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var soc in votes.Keys.Union(official.Keys, StringComparer.Ordinal))
        {
            var esco = votes.GetValueOrDefault(soc) ?? [];
            var crosswalk = official.GetValueOrDefault(soc) ?? [];
            result[soc] = [.. esco.Keys.Union(crosswalk, StringComparer.Ordinal)
                .OrderBy(isco => (esco.ContainsKey(isco), crosswalk.Contains(isco)) switch
                {
                    (true, true) => 0,
                    (false, true) => 1,
                    _ => 2,
                })
                .ThenByDescending(isco => Math.Round(esco.GetValueOrDefault(isco), 9)) // 1/3 + 1/3 + 1/3 ties with 1
                .ThenBy(isco => isco, StringComparer.Ordinal)];
        }

        return result;
    }

    private static Dictionary<string, Dictionary<string, double>> EscoVotes(SeedTable table)
    {
        var isco = table.Column("isco08");
        var candidates = table.Column("soc2018_codes");
        var primary = table.Column("primary_soc2018");
        var votes = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var group = SeedTable.Text(row, isco);
            if (!IsUnitGroup(group))
            {
                continue;
            }

            var socs = SeedTable.Text(row, candidates).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(SocCode.IsDetailed)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var pick = SeedTable.Text(row, primary);
            foreach (var soc in socs)
            {
                var counts = votes.TryGetValue(soc, out var found) ? found : votes[soc] = new(StringComparer.Ordinal);
                counts[group] = counts.GetValueOrDefault(group) + (soc == pick ? 1.0 : 1.0 / socs.Count);
            }
        }

        return votes;
    }

    private static Dictionary<string, HashSet<string>> Official(SeedTable iscoToSoc2010, SeedTable soc2010ToSoc2018)
    {
        var isco = iscoToSoc2010.Column("isco2008");
        var soc2010 = iscoToSoc2010.Column("soc2010");
        var bySoc2010 = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in iscoToSoc2010.Rows)
        {
            var group = SeedTable.Text(row, isco);
            if (IsUnitGroup(group))
            {
                SetOf(bySoc2010, SeedTable.Text(row, soc2010)).Add(group);
            }
        }

        var from = soc2010ToSoc2018.Column("soc2010");
        var to = soc2010ToSoc2018.Column("soc2018");
        var bySoc2018 = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in soc2010ToSoc2018.Rows)
        {
            var soc = SeedTable.Text(row, to);
            if (bySoc2010.TryGetValue(SeedTable.Text(row, from), out var groups) && SocCode.IsDetailed(soc))
            {
                SetOf(bySoc2018, soc).UnionWith(groups);
            }
        }

        return bySoc2018;
    }

    private static HashSet<string> SetOf(Dictionary<string, HashSet<string>> sets, string key) =>
        sets.TryGetValue(key, out var set) ? set : sets[key] = new(StringComparer.Ordinal);

    // The official crosswalk names a few three-digit minor groups; the ILO scores unit groups only.
    private static bool IsUnitGroup(string code) =>
        code.Length == 4 && int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out _);
}
