using CareerBot.Core.Occupations;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Tests.Occupations;

public sealed class DataSourcesTests
{
    [Theory]
    [InlineData("Includes information from the O*NET 29.3 Database by USDOL/ETA, used under CC BY 4.0. O*NET® is a trademark of USDOL/ETA.")]
    [InlineData("ESCO © European Union, reused under Commission Decision 2011/833/EU.")]
    [InlineData("Gmyrek et al. (2025), ILO Working Paper 140, CC BY 4.0.")]
    [InlineData("Tomlinson et al. (2025), Microsoft, \"Working with AI\", CC BY 4.0.")]
    [InlineData("Eloundou, Manning, Mishkin & Rock (2024), \"GPTs are GPTs\", Science (data MIT-licensed).")]
    [InlineData("Frey & Osborne (2017), \"The future of employment\", Technological Forecasting and Social Change 114.")]
    [InlineData("Felten, Raj & Seamans (2021, 2023), AI occupational exposure.")]
    [InlineData("Anthropic Economic Index (CC BY 4.0).")]
    [InlineData("U.S. Bureau of Labor Statistics (public domain).")]
    public void All_EveryRequiredAttributionLine_IsListedVerbatim(string line)
    {
        var result = DataSources.All.Select(s => s.Attribution);

        Assert.Contains(line, result);
    }

    [Fact]
    public void ListLine_EverySource_SaysWhatItIsOnceAndKeepsItsCredit()
    {
        foreach (var source in DataSources.All)
        {
            var line = source.ListLine();

            Assert.Contains(source.Attribution.TrimEnd('.'), line, StringComparison.Ordinal);
            Assert.Contains(source.UsedFor, line, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(1, CountOf(line, source.UsedFor));
            Assert.StartsWith(source.Attribution.StartsWith(source.Name, StringComparison.Ordinal) ? source.Attribution.TrimEnd('.') : source.Name, line, StringComparison.Ordinal);
            if (source.Attribution.StartsWith(source.Name, StringComparison.Ordinal))
            {
                Assert.Equal(1, CountOf(line, source.Name)); // a credit that starts with the name is not preceded by it again
            }
        }
    }

    [Fact]
    public void All_Ids_AreUniqueAndIncludeTheArticle()
    {
        var ids = DataSources.All.Select(s => s.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains("11 February 2026", DataSources.Find("article-2026-02-11")?.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPlainText_AllSources_ListsCreditsAndCaveat()
    {
        var result = DataSources.ToPlainText();

        Assert.All(DataSources.All, s => Assert.Contains(s.Attribution, result, StringComparison.Ordinal));
        Assert.Contains("predates large language models", result, StringComparison.Ordinal);
        Assert.Contains("about 9% of jobs", result, StringComparison.Ordinal);
        Assert.EndsWith(DataSources.Caveat, result, StringComparison.Ordinal);
        Assert.DoesNotContain(result, c => c is '<' or '>' or '`' or '\r');
    }

    [Fact]
    public void ListLine_EverySourceInDutch_DutchUseAndTheCreditAsRequired()
    {
        foreach (var source in DataSources.All)
        {
            var line = source.ListLine(Language.Dutch);

            Assert.False(string.IsNullOrWhiteSpace(source.UsedForDutch), source.Id);
            Assert.Equal(source.Meaning is null, source.MeaningDutch is null);
            Assert.Contains(source.UsedForDutch, line, StringComparison.Ordinal);
            Assert.Contains((source.AttributionDutch ?? source.Attribution).TrimEnd('.'), line, StringComparison.Ordinal);
            if (!source.Attribution.Contains(source.UsedFor, StringComparison.OrdinalIgnoreCase))
            {
                Assert.DoesNotContain(source.UsedFor, line, StringComparison.OrdinalIgnoreCase); // except in a credit worded so (Felten's)
            }
        }
    }

    [Theory]
    [InlineData("onet")]
    [InlineData("esco")]
    [InlineData("ilo")]
    [InlineData("eloundou")]
    [InlineData("microsoft")]
    [InlineData("anthropic")]
    public void ListLine_LicensedSourceInDutch_KeepsTheRequiredCreditWordForWord(string id)
    {
        var source = DataSources.Find(id)!;

        var result = source.ListLine(Language.Dutch);

        Assert.Null(source.AttributionDutch);
        Assert.Contains(source.Attribution.TrimEnd('.'), result, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPlainText_Dutch_DutchMeaningsCreditsAndCaveat()
    {
        var result = DataSources.ToPlainText(Language.Dutch);

        Assert.StartsWith("Bronnen", result, StringComparison.Ordinal);
        Assert.Contains("van vóór de grote taalmodellen", result, StringComparison.Ordinal);
        Assert.Contains("Gmyrek et al. (2025), ILO Working Paper 140, CC BY 4.0.", result, StringComparison.Ordinal);
        Assert.EndsWith(DataSources.CaveatDutch, result, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }
}
