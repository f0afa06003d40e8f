using System.Globalization;

namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>Reads the Dutch side: ESCO preferred labels per SOC 2018 code and the ILO 2025 exposure per ISCO-08 group.</summary>
internal static class EscoSeedReader
{
    /// <summary>
    /// Dutch titles, best name first: the reviewed Dutch overrides for the code, then the ESCO preferred labels of the ESCO
    /// occupations whose primary SOC 2018 pick is this code (other candidates are not used: spreading them distorts),
    /// those whose English label names the SOC occupation itself first ("editor" for Editors, not "columnist"), then shortest.
    /// </summary>
    public static Dictionary<string, List<string>> ReadDutchTitles(SeedTable escoToSoc, SeedTable overrides, IReadOnlyDictionary<string, string> socTitles)
    {
        var primary = escoToSoc.Column("primary_soc2018");
        var label = escoToSoc.Column("preferred_label_nl");
        var english = escoToSoc.Column("preferred_label_en");
        var comparer = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: false);
        var esco = escoToSoc.Rows
            .Select(row => (Soc: SeedTable.Text(row, primary), Label: SeedTable.Text(row, label), English: SeedTable.Text(row, english)))
            .Where(x => SocCode.IsDetailed(x.Soc) && x.Label.Length > 0)
            .GroupBy(x => x.Soc, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.OrderBy(x => NamesTheOccupation(x.English, socTitles.GetValueOrDefault(g.Key)) ? 0 : 1)
                    .ThenBy(x => x.Label.Length)
                    .ThenBy(x => x.Label, comparer)
                    .Select(x => x.Label),
                StringComparer.Ordinal);

        var text = overrides.Column("text");
        var language = overrides.Column("language");
        var soc = overrides.Column("soc");
        var reviewed = overrides.Rows
            .Where(row => SeedTable.Text(row, language) == "nl" && SocCode.IsDetailed(SeedTable.Text(row, soc)))
            .GroupBy(row => SeedTable.Text(row, soc), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(row => SeedTable.Text(row, text)), StringComparer.Ordinal);

        return esco.Keys.Union(reviewed.Keys, StringComparer.Ordinal).ToDictionary(
            code => code,
            code => (reviewed.GetValueOrDefault(code) ?? []).Concat(esco.GetValueOrDefault(code) ?? []).Distinct(StringComparer.Ordinal).ToList(),
            StringComparer.Ordinal);
    }

    /// <summary>True when every word of the ESCO English label (singular) appears in the SOC title: "editor" in "Editors".</summary>
    private static bool NamesTheOccupation(string englishLabel, string? socTitle)
    {
        if (socTitle is null || englishLabel.Length == 0)
        {
            return false;
        }

        var title = socTitle.ToLowerInvariant();
        return englishLabel.ToLowerInvariant()
            .Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries)
            .All(word => title.Contains(word, StringComparison.Ordinal));
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
