namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>Reads the per-occupation figures (titles, Frey &amp; Osborne, Eloundou, BLS) from their seed tables, keyed by SOC 2018 code.</summary>
internal static class ScoreSeedReader
{
    /// <summary>The SOC 2018 occupations the store holds (one per row of the combined score file) with their English titles.</summary>
    public static List<(string Soc, string Title)> ReadOccupations(SeedTable table)
    {
        var soc = table.Column("soc2018");
        var title = table.Column("title");
        return table.Rows
            .Select(row => (Soc: SeedTable.Text(row, soc), Title: SeedTable.Text(row, title)))
            .Where(x => SocCode.IsDetailed(x.Soc) && x.Title.Length > 0)
            .DistinctBy(x => x.Soc, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Frey &amp; Osborne (2013) on SOC 2018. Where several SOC 2010 codes merge into one SOC 2018 code the seed holds
    /// their arithmetic mean (<c>fo_probability_mean</c>); we take that mean and keep the SOC 2010 codes it came from.
    /// </summary>
    public static Dictionary<string, (double Probability, List<string> SourceCodes)> ReadFreyOsborne(SeedTable table)
    {
        var soc = table.Column("soc2018");
        var mean = table.Column("fo_probability_mean");
        var codes = table.Column("fo_soc_codes");
        var result = new Dictionary<string, (double, List<string>)>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            if (table.Number(row, mean) is { } probability)
            {
                var sources = SeedTable.Text(row, codes).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                result.TryAdd(SeedTable.Text(row, soc), (probability, sources.ToList()));
            }
        }

        return result;
    }

    /// <summary>
    /// Eloundou et al. GPT-4-rated β. The occupation's own O*NET code (<c>NN-NNNN.00</c>) gives the value; only when the
    /// data has no such row (e.g. "all other" codes) do we take the mean over its O*NET sub-codes.
    /// </summary>
    public static Dictionary<string, double> ReadEloundou(SeedTable table)
    {
        var code = table.Column("O*NET-SOC Code");
        var beta = table.Column("dv_rating_beta");
        var own = new Dictionary<string, double>(StringComparer.Ordinal);
        var sub = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var onet = SeedTable.Text(row, code);
            if (!SocCode.TryFromOnet(onet, out var soc) || table.Number(row, beta) is not { } value)
            {
                continue;
            }

            if (onet.EndsWith(".00", StringComparison.Ordinal))
            {
                own[soc] = value;
            }
            else
            {
                (sub.TryGetValue(soc, out var list) ? list : sub[soc] = []).Add(value);
            }
        }

        foreach (var (soc, values) in sub)
        {
            own.TryAdd(soc, values.Average());
        }

        return own;
    }

    /// <summary>BLS code → its title, as BLS writes it.</summary>
    public static Dictionary<string, string> ReadBlsTitles(SeedTable table)
    {
        var soc = table.Column("soc2018");
        var title = table.Column("title");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            result.TryAdd(SeedTable.Text(row, soc), SeedTable.Text(row, title));
        }

        return result;
    }

    /// <summary>SOC 2018 code → the BLS projections code the scores file names for it (blank when none).</summary>
    public static Dictionary<string, string> ReadBlsCodes(SeedTable table)
    {
        var soc = table.Column("soc2018");
        var code = table.Column("bls_ep_code");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            result.TryAdd(SeedTable.Text(row, soc), SeedTable.Text(row, code));
        }

        return result;
    }

    /// <summary>One BLS figure by the code BLS publishes it under (an occupation's, or a group's such as 13-1020).</summary>
    public static Dictionary<string, double> ReadBls(SeedTable table, string valueColumn)
    {
        var soc = table.Column("soc2018");
        var value = table.Column(valueColumn);
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            if (table.Number(row, value) is { } number)
            {
                result.TryAdd(SeedTable.Text(row, soc), number);
            }
        }

        return result;
    }
}
