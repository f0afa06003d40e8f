using CareerBot.Core.Occupations;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Tests.Occupations;

public sealed class OccupationNamesTests
{
    [Fact]
    public void Display_Dutch_TheReviewedLabelAloneCapitalised()
    {
        var occupation = Occupation("Bakers", label: "bakker", dutchTitles: ["broodbakker"]);

        var result = OccupationNames.Display(occupation, Language.Dutch);

        Assert.Equal("Bakker", result);
    }

    [Fact]
    public void Display_DutchWithoutLabel_TheFirstDutchTitleWithoutTheEnglishOne()
    {
        var occupation = Occupation("Editors", label: null, dutchTitles: ["redacteur", "eindredacteur"]);

        var result = OccupationNames.Display(occupation, Language.Dutch);

        Assert.Equal("Redacteur", result);
    }

    [Fact]
    public void Display_DutchWithoutAnyDutchName_TheEnglishTitle()
    {
        var occupation = Occupation("Marriage and Family Therapists", label: null, dutchTitles: []);

        var result = OccupationNames.Display(occupation, Language.Dutch);

        Assert.Equal("Marriage and Family Therapists", result);
    }

    [Theory]
    [InlineData("ijzervlechter", "IJzervlechter")] // Dutch capitalises the digraph ij as one letter
    [InlineData("ict-beheerder", "Ict-beheerder")]
    [InlineData("CNC-programmeur", "CNC-programmeur")]
    public void Display_DutchLabel_FirstLetterRaisedTheDutchWay(string label, string expected)
    {
        var result = OccupationNames.Display(Occupation("Anything", label, []), Language.Dutch);

        Assert.Equal(expected, result);
    }

    [Fact]
    public void Display_English_TheSocTitleEvenWithADutchLabel()
    {
        var occupation = Occupation("Bakers", label: "bakker", dutchTitles: ["bakker"]);

        var result = OccupationNames.Display(occupation, Language.English);

        Assert.Equal("Bakers", result);
    }

    private static Occupation Occupation(string title, string? label, IReadOnlyList<string> dutchTitles) =>
        new() { Soc = "51-3011", Title = title, DutchLabel = label, DutchTitles = dutchTitles };
}
