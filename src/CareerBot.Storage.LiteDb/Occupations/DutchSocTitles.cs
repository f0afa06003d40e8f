namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>Our reviewed Dutch names of SOC 2018 occupations, groups and BLS groups (seeds/soc2018_titles_nl.csv), lowercase as a label is.</summary>
internal static class DutchSocTitles
{
    /// <summary>
    /// Code → Dutch name. A row whose English title differs from the title our data gives the same code (the occupation's,
    /// or the BLS group's) is stale — translated from other wording — and fails the import, as does a row without Dutch.
    /// </summary>
    public static Dictionary<string, string> Read(SeedTable table, IReadOnlyDictionary<string, string> englishTitles)
    {
        var code = table.Column("code");
        var english = table.Column("title_en");
        var dutch = table.Column("title_nl");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var key = SeedTable.Text(row, code);
            if (englishTitles.TryGetValue(key, out var expected) && !string.Equals(expected, SeedTable.Text(row, english), StringComparison.Ordinal))
            {
                throw new InvalidDataException(
                    $"Seed file '{table.Name}' is stale: {key} is \"{expected}\" in our data, but was translated from \"{SeedTable.Text(row, english)}\".");
            }

            var name = SeedTable.TextOrNull(row, dutch) ?? throw new InvalidDataException($"Seed file '{table.Name}' has no Dutch name for {key}.");
            if (!result.TryAdd(key, name))
            {
                throw new InvalidDataException($"Seed file '{table.Name}' names {key} twice.");
            }
        }

        return result;
    }
}
