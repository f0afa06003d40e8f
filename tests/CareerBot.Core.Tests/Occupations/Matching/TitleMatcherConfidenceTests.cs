using CareerBot.Core.Occupations.Matching;

namespace CareerBot.Core.Tests.Occupations.Matching;

/// <summary>When the first match may be asserted, and when the candidates must be a question.</summary>
public sealed class TitleMatcherConfidenceTests
{
    [Theory]
    [InlineData("electrician")]
    [InlineData("I'm an electrician")]
    [InlineData("hovenier")]
    public void Match_WholeTitleWithNoRival_IsConfident(string text)
    {
        var sut = CreateSut();

        var matches = sut.Match(text, 3);

        Assert.True(matches[0].IsConfident);
    }

    [Fact]
    public void Match_TypoRepaired_IsNotConfident()
    {
        var sut = CreateSut();

        var matches = sut.Match("electrican", 3);

        Assert.Equal("47-2111", matches[0].Soc);
        Assert.False(matches[0].IsConfident);
    }

    [Fact]
    public void Match_TitleOfTwoOccupations_IsNotConfident()
    {
        var sut = CreateSut();

        var matches = sut.Match("leraar", 3);

        Assert.Equal(2, matches.Count);
        Assert.False(matches[0].IsConfident);
    }

    [Fact]
    public void Match_WordForAThingOrField_IsOfferedNotAsserted()
    {
        var sut = CreateSut();

        var matches = sut.Match("kassa", 3);

        Assert.Equal("41-2011", matches[0].Soc);
        Assert.False(matches[0].IsConfident);
    }

    [Fact]
    public void Match_ConfidentFirst_RunnersUpNeverConfident()
    {
        var sut = CreateSut();

        var matches = sut.Match("software developer", 3);

        Assert.True(matches[0].IsConfident);
        Assert.All(matches.Skip(1), m => Assert.False(m.IsConfident));
    }

    private static TitleMatcher CreateSut() => new(
    [
        .. Some.Vocabulary(),
        Some.Dutch("leraar", "25-2021", TitleSource.Override),
        Some.Dutch("leraar", "25-2031", TitleSource.Override),
        Some.Dutch("kassa", "41-2011", TitleSource.EverydayField),
    ]);
}
