using System.Text.Json;

namespace CareerBot.Pictures.Tests;

/// <summary>
/// No missing glyphs in the real words: every character of the seed tables (where occupation, group and Dutch names come
/// from) and of the picture's texts in both catalogues has a glyph in the shipped DejaVu Sans, regular and bold.
/// </summary>
public class GlyphCoverageRealDataTests
{
    private static readonly string[] CardKeys = ["assess.band.low", "assess.band.high", "value.unknown"];

    public static TheoryData<string> SeedTables => [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.csv").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(SeedTables))]
    public void Missing_EveryCharacterOfASeedTable_IsEmpty(string table)
    {
        var characters = new string([.. File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", table)).Distinct()]);

        var missing = GlyphCoverage.Missing(characters);

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public void Missing_EveryPictureTextOfTheCatalogue_IsEmpty(string language)
    {
        var texts = PictureTexts(language);

        var missing = texts.SelectMany(GlyphCoverage.Missing).ToArray();

        Assert.True(texts.Count > 10, $"only {texts.Count} picture texts found in {language}.json");
        Assert.Empty(missing);
    }

    private static List<string> PictureTexts(string language)
    {
        using var catalogue = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Texts", language + ".json")));
        return [.. catalogue.RootElement.EnumerateObject()
            .Where(text => text.Name.StartsWith("picture.", StringComparison.Ordinal) || CardKeys.Contains(text.Name))
            .Select(text => text.Value.GetString() ?? "")];
    }
}
