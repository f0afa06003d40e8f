using CareerBot.Core.Occupations;
using CareerBot.Core.Texts;

namespace CareerBot.Storage.LiteDb.Tests.Occupations;

/// <summary>Dutch on a par: every occupation, and every wider group a figure comes from, has a reviewed Dutch name from the real seeds.</summary>
public sealed class DutchNamesTests(RealSeedsFixture seeds) : IClassFixture<RealSeedsFixture>
{
    [Fact]
    public void Display_EveryOccupationInDutch_TheDutchLabelAloneWithoutTheEnglishTitle()
    {
        var occupations = seeds.Catalog.Occupations;

        Assert.Equal(867, occupations.Count);
        Assert.All(occupations, occupation =>
        {
            var result = OccupationNames.Display(occupation, Language.Dutch);

            Assert.False(string.IsNullOrWhiteSpace(occupation.DutchLabel), $"{occupation.Soc} has no Dutch label");
            Assert.Equal(occupation.DutchLabel, result, StringComparer.OrdinalIgnoreCase);
            Assert.DoesNotContain(occupation.Title, result, StringComparison.OrdinalIgnoreCase);
            Assert.True(char.IsUpper(result[0]), $"{occupation.Soc}: \"{result}\" does not start with a capital");
        });
    }

    [Theory]
    [InlineData("51-3011", "Bakker")]
    [InlineData("27-3041", "Redacteur")]
    [InlineData("53-3032", "Vrachtwagenchauffeur")]
    [InlineData("25-1112", "Docent rechten hoger onderwijs")]
    public void Display_HandCheckedOccupationInDutch_CapitalisedLabel(string soc, string expected)
    {
        var result = seeds.Catalog.Display(soc, Language.Dutch);

        Assert.Equal(expected, result);
    }

    [Fact]
    public void Find_EveryBlsGroupFigure_NamesTheGroupInDutchToo()
    {
        var grouped = seeds.Catalog.Occupations.Where(o => o.BlsGroupTitle is not null).ToList();

        Assert.NotEmpty(grouped);
        Assert.All(grouped, o => Assert.False(string.IsNullOrWhiteSpace(o.BlsGroupTitleDutch), $"{o.Soc}: no Dutch name for {o.BlsGroupTitle}"));
        Assert.Equal("onderwijsassistent, behalve hoger onderwijs", seeds.Catalog.Find("25-9043")!.BlsGroupTitleDutch);
    }
}
