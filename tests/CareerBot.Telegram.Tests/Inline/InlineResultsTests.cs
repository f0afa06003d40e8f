using CareerBot.Telegram.Inline;

namespace CareerBot.Telegram.Tests.Inline;

public sealed class InlineResultsTests
{
    [Theory]
    [InlineData(117)]
    [InlineData(118)]
    [InlineData(119)]
    public void Description_EmojiAtTheCut_NeverSplitsASurrogatePair(int lettersBefore)
    {
        var card = "Registered Nurses\n" + new string('x', lettersBefore) + "📉📉 and more\nSource";

        var sut = InlineResults.Description(card);

        Assert.True(sut.Length <= 120);
        Assert.EndsWith("…", sut, StringComparison.Ordinal);
        Assert.All(sut.EnumerateRunes(), r => Assert.NotEqual(0xFFFD, r.Value));
    }

    [Fact]
    public void Description_ShortFigure_TheCardsSecondLine()
    {
        var sut = InlineResults.Description("Registered Nurses\nAutomation risk: 0.9% 📉\nSource");

        Assert.Equal("Automation risk: 0.9% 📉", sut);
    }
}
