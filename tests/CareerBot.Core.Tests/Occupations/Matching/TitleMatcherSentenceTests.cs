using CareerBot.Core.Occupations.Matching;

namespace CareerBot.Core.Tests.Occupations.Matching;

/// <summary>Chat sentences whose employer words, workplace frames or unexplained words must not steer the match.</summary>
public sealed class TitleMatcherSentenceTests
{
    [Theory]
    [InlineData("I work on a university help desk")]
    [InlineData("I'm a help desk analyst at a university")]
    [InlineData("ik werk op de helpdesk van een universiteit")]
    public void Match_EmployerBesideTheJob_FindsTheJobNotTheEmployer(string text)
    {
        var sut = CreateSut();

        var matches = sut.Match(text, 3);

        Assert.Equal("15-1232", matches[0].Soc);
    }

    [Fact]
    public void Match_EmployerNounAlone_StillNamesItsOccupation()
    {
        var sut = CreateSut();

        var matches = sut.Match("university lecturer", 3);

        Assert.Equal("25-1199", matches[0].Soc);
    }

    [Fact]
    public void Match_HelpDeskWithoutSentence_FindsSupport()
    {
        var sut = CreateSut();

        var matches = sut.Match("help desk", 3);

        Assert.Equal("15-1232", matches[0].Soc);
    }

    [Theory]
    [InlineData("my cat is cute")]
    [InlineData("I need help")]
    [InlineData("I like cats")]
    public void Match_SentenceWithUnexplainedWords_ReturnsNoMatch(string text)
    {
        var sut = CreateSut();

        var matches = sut.Match(text, 3);

        Assert.Empty(matches);
    }

    [Fact]
    public void Match_JobWithUnknownEmployerName_StillFindsTheJob()
    {
        var sut = CreateSut();

        var matches = sut.Match("I'm a help desk analyst at Zorblax", 3);

        Assert.Equal("15-1232", matches[0].Soc);
    }

    [Fact]
    public void Match_WorkplaceIsAFieldOfWork_FindsItsWorker()
    {
        var sut = CreateSut();

        var matches = sut.Match("ik werk in de beveiliging", 3);

        Assert.Equal("33-9032", matches[0].Soc);
    }

    private static TitleMatcher CreateSut() => new(
    [
        .. Some.Vocabulary(),
        Some.English("Computer User Support Specialists", "15-1232", TitleSource.OccupationTitle),
        Some.English("Help Desk Analyst", "15-1232"),
        Some.English("Help Desk Technician", "15-1232"),
        Some.English("Switchboard Operators", "43-2011", TitleSource.OccupationTitle),
        Some.English("University Switchboard Operator", "43-2011"),
        Some.English("Hotel Desk Clerk", "43-4081"),
        Some.English("University Lecturer", "25-1199"),
        Some.English("University Professor", "25-1199"),
        Some.English("CAT", "49-9031", TitleSource.ShortTitle),
        Some.English("Cat Groomer", "39-2021"),
        Some.Dutch("medewerker helpdesk", "15-1232"),
        Some.Dutch("medewerker universiteit", "25-1199"),
        Some.Dutch("beveiliger", "33-9032"),
        Some.Dutch("leidinggevende beveiliging", "33-1091"),
    ]);
}
