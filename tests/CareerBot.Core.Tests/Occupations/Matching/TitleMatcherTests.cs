using CareerBot.Core.Occupations.Matching;

namespace CareerBot.Core.Tests.Occupations.Matching;

public sealed class TitleMatcherTests
{
    [Theory]
    [InlineData("illustrator", "27-1013")]
    [InlineData("I'm a freelance illustrator", "27-1013")]
    [InlineData("ILLUSTRATORS", "27-1013")]
    [InlineData("ik werk als hovenier", "37-3011")]
    [InlineData("werkzaam als elektricien", "47-2111")]
    [InlineData("senior software developer", "15-1252")]
    [InlineData("developer of software", "15-1252")]
    [InlineData("caissiere", "41-2011")]
    [InlineData("Caissière", "41-2011")]
    public void Match_TitleAsPeopleTypeIt_FindsTheOccupationFirst(string text, string soc)
    {
        var sut = CreateSut();

        var matches = sut.Match(text, 3);

        Assert.Equal(soc, matches[0].Soc);
    }

    [Theory]
    [InlineData("electrican", "47-2111")]
    [InlineData("acountant", "13-2011")]
    [InlineData("ilustrator", "27-1013")]
    [InlineData("elektriciën", "47-2111")]
    public void Match_Typo_StillFindsTheOccupation(string text, string soc)
    {
        var sut = CreateSut();

        var matches = sut.Match(text, 3);

        Assert.Equal(soc, matches[0].Soc);
    }

    [Theory]
    [InlineData("softwaretester", "15-1253")]
    [InlineData("software ontwikkelaar", "15-1252")]
    public void Match_DutchCompoundSplitOrJoined_FindsTheOccupation(string text, string soc)
    {
        var sut = CreateSut();

        var matches = sut.Match(text, 3);

        Assert.Equal(soc, matches[0].Soc);
    }

    [Fact]
    public void Match_WorkplaceSentence_FindsWhoWorksThere()
    {
        var sut = CreateSut();

        var matches = sut.Match("I work in a bookstore", 3);

        Assert.Equal("41-2031", matches[0].Soc);
    }

    [Fact]
    public void Match_ReviewedOverride_ReplacesTheHeuristicMapping()
    {
        var sut = CreateSut();

        var matches = sut.Match("redacteur", 3);

        Assert.Equal("27-3041", matches[0].Soc);
        Assert.DoesNotContain(matches, m => m.Soc == "11-1021");
    }

    [Fact]
    public void Match_OnlyAModifierOfTitles_ReturnsNoMatch()
    {
        var sut = CreateSut();

        var matches = sut.Match("software", 3);

        Assert.Empty(matches);
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("asdfgh")]
    [InlineData("I don't know")]
    [InlineData("ik weet het niet")]
    [InlineData("I like pizza")]
    [InlineData("🙂🙂🙂")]
    [InlineData("\u0000\u0001\u0002\u00ff")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<script>alert('x')</script>")]
    public void Match_NonsenseOrNoJob_ReturnsNoMatch(string text)
    {
        var sut = CreateSut();

        var matches = sut.Match(text, 3);

        Assert.Empty(matches);
    }

    [Fact]
    public void Match_HugePaste_ReturnsNoMatch()
    {
        var sut = CreateSut();
        var paste = string.Concat(Enumerable.Repeat("electrician software developer ", 400));

        var matches = sut.Match(paste, 3);

        Assert.Empty(matches);
    }

    [Fact]
    public void Match_AnyText_GivesOneResultPerSocBestFirstWithScoresInRange()
    {
        var sut = CreateSut();

        var matches = sut.Match("software developer", 10);

        Assert.NotEmpty(matches);
        Assert.Equal(matches.Count, matches.Select(m => m.Soc).Distinct().Count());
        Assert.All(matches, m => Assert.InRange(m.Score, 0, 1));
        Assert.Equal(matches.OrderByDescending(m => m.Score).Select(m => m.Soc), matches.Select(m => m.Soc));
    }

    [Fact]
    public void Match_MaxResults_LimitsTheList()
    {
        var sut = CreateSut();

        var one = sut.Match("software developer", 1);
        var none = sut.Match("software developer", 0);

        Assert.Single(one);
        Assert.Empty(none);
    }

    [Fact]
    public void Match_OccupationTitle_IsTheDisplayedTitle()
    {
        var sut = CreateSut();

        var match = sut.Match("gardener", 1).Single();

        Assert.Equal("Landscaping and Groundskeeping Workers", match.Title);
        Assert.Null(match.Isco08);
    }

    [Fact]
    public void Match_DutchLabel_CarriesIsco()
    {
        var sut = CreateSut();

        var match = sut.Match("hovenier", 1).Single();

        Assert.Equal("0000", match.Isco08);
    }

    private static TitleMatcher CreateSut() => new(Some.Vocabulary());
}
