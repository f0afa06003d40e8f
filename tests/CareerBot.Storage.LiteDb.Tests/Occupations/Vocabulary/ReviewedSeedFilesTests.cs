using System.Globalization;
using CareerBot.Core.Occupations.Matching;
using CareerBot.Storage.LiteDb.Occupations.Vocabulary;
using CareerBot.Storage.LiteDb.Tests.Occupations.Matching;
using CsvHelper;

namespace CareerBot.Storage.LiteDb.Tests.Occupations.Vocabulary;

/// <summary>The hand-written seed files: every row names a real occupation, a language and why it is there.</summary>
public sealed class ReviewedSeedFilesTests(RealMatcherFixture fixture) : IClassFixture<RealMatcherFixture>
{
    private static readonly string[] Languages = ["en", "nl"];
    private static readonly string[] Kinds = ["worker", "field"];

    [Theory]
    [InlineData(TitleVocabularyFiles.Overrides)]
    [InlineData(TitleVocabularyFiles.EverydayTitles)]
    [InlineData(TitleVocabularyFiles.ActivityPhrases)]
    public void Rows_RealFile_HaveAnOnetOccupationALanguageAndANote(string file)
    {
        var occupations = fixture.Vocabulary.Where(e => e.Source == TitleSource.OccupationTitle).Select(e => e.Soc).ToHashSet();

        var rows = ReadRows(file);

        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            Assert.Contains(row["soc"], occupations);
            Assert.Contains(row["language"], Languages);
            Assert.False(string.IsNullOrWhiteSpace(row["note"]), $"{row["text"]} has no note");
        });
    }

    [Fact]
    public void Rows_EverydayTitles_SayWhetherTheyNameAWorkerOrAField()
    {
        var rows = ReadRows(TitleVocabularyFiles.EverydayTitles);

        Assert.All(rows, row => Assert.Contains(row["kind"], Kinds));
    }

    private static List<Dictionary<string, string>> ReadRows(string file)
    {
        using var reader = new StreamReader(Path.Combine(SeedFiles.Folder, file));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h) ?? string.Empty));
        }

        return rows;
    }
}
