using System.Globalization;

namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>Reads the Dutch side: ESCO preferred labels per SOC 2018 code and the ILO 2025 exposure per ISCO-08 group.</summary>
internal static class EscoSeedReader
{
    /// <summary>
    /// Dutch titles: the ESCO preferred labels of the ESCO occupations whose primary SOC 2018 pick is this code
    /// (the other candidates are not used: averaging or spreading them distorts), shortest first.
    /// </summary>
    public static Dictionary<string, List<string>> ReadDutchTitles(SeedTable table)
    {
        var primary = table.Column("primary_soc2018");
        var label = table.Column("preferred_label_nl");
        var comparer = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: false);
        return table.Rows
            .Select(row => (Soc: SeedTable.Text(row, primary), Label: SeedTable.Text(row, label)))
            .Where(x => SocCode.IsDetailed(x.Soc) && x.Label.Length > 0)
            .GroupBy(x => x.Soc, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(x => x.Label).Distinct(StringComparer.Ordinal).OrderBy(x => x.Length).ThenBy(x => x, comparer).ToList(),
                StringComparer.Ordinal);
    }

    /// <summary>ILO (Gmyrek et al. 2025): the 2025 mean score and gradient of each ISCO-08 unit group, with EN and NL titles.</summary>
    public static List<IloExposureDocument> ReadIlo(SeedTable table)
    {
        var isco = table.Column("isco08");
        var english = table.Column("title_en");
        var dutch = table.Column("title_nl_esco");
        var score = table.Column("mean_score_2025");
        var gradient = table.Column("gradient_2025");
        return table.Rows
            .Where(row => SeedTable.Text(row, isco).Length == 4)
            .Select(row => new IloExposureDocument
            {
                Id = SeedTable.Text(row, isco),
                TitleEnglish = SeedTable.Text(row, english),
                TitleDutch = SeedTable.TextOrNull(row, dutch),
                Score = table.Number(row, score),
                Gradient = SeedTable.TextOrNull(row, gradient),
            })
            .DistinctBy(x => x.Id, StringComparer.Ordinal)
            .ToList();
    }
}
