namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>Reads O*NET 29.3 descriptions and related occupations, turned into SOC 2018 terms.</summary>
internal static class OnetSeedReader
{
    /// <summary>The description of the occupation's own O*NET code (<c>NN-NNNN.00</c>); codes without one get none.</summary>
    public static Dictionary<string, string> ReadDescriptions(SeedTable table)
    {
        var code = table.Column("O*NET-SOC Code");
        var description = table.Column("Description");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var onet = SeedTable.Text(row, code);
            if (onet.EndsWith(".00", StringComparison.Ordinal)
                && SocCode.TryFromOnet(onet, out var soc)
                && SeedTable.TextOrNull(row, description) is { } text)
            {
                result.TryAdd(soc, text);
            }
        }

        return result;
    }

    /// <summary>
    /// Related occupations of all O*NET codes of a SOC 2018 code, ordered by relatedness tier (Primary-Short, Primary-Long,
    /// Supplemental) then O*NET's index, as SOC 2018 codes without the occupation itself, duplicates or unknown codes.
    /// </summary>
    public static Dictionary<string, List<string>> ReadRelated(SeedTable table, IReadOnlySet<string> knownSocs)
    {
        var code = table.Column("O*NET-SOC Code");
        var related = table.Column("Related O*NET-SOC Code");
        var tier = table.Column("Relatedness Tier");
        var index = table.Column("Index");
        var candidates = new Dictionary<string, List<(int Tier, double Index, string Soc)>>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            if (!SocCode.TryFromOnet(SeedTable.Text(row, code), out var soc)
                || !SocCode.TryFromOnet(SeedTable.Text(row, related), out var relatedSoc))
            {
                continue;
            }

            var entry = (TierRank(SeedTable.Text(row, tier)), table.Number(row, index) ?? double.MaxValue, relatedSoc);
            (candidates.TryGetValue(soc, out var list) ? list : candidates[soc] = []).Add(entry);
        }

        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (soc, list) in candidates)
        {
            result[soc] = list
                .OrderBy(x => x.Tier).ThenBy(x => x.Index)
                .Select(x => x.Soc)
                .Where(x => x != soc && knownSocs.Contains(x))
                .Distinct(StringComparer.Ordinal)
                .ToList();
        }

        return result;
    }

    private static int TierRank(string tier) => tier switch
    {
        "Primary-Short" => 0,
        "Primary-Long" => 1,
        _ => 2,
    };
}
