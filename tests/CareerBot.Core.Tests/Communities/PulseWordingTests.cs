using CareerBot.Core.Communities;
using CareerBot.Core.Conversations;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Tests.Communities;

public class PulseWordingTests
{
    private static readonly PulseWindow Window = PulseWindow.Before(new DateTimeOffset(2026, 12, 6, 18, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Report_FourPeople_SaysFewerThanFivePeopleAndNoFigure()
    {
        var sut = CreateSut(Language.English);

        var text = sut.Report(PulseCounter.Count(Window, People(4, 3)));

        Assert.Equal("📊 Community pulse, 6 November – 5 December (UTC): fewer than 5 people started an interview from this community, so there is nothing to show.", text);
    }

    [Fact]
    public void Report_TwelvePeople_ShowsBandsOfFiveGoalsAndGroupNames()
    {
        var sut = CreateSut(Language.English);

        var text = sut.Report(PulseCounter.Count(Window, [.. People(7, 4), .. People(5, 2, CareerGoal.NotSure)]));

        Assert.Contains("People: 10–14", text, StringComparison.Ordinal);
        Assert.Contains("Worry (1 = not worried, 5 = very worried): 2: 5–9 · 4: 5–9", text, StringComparison.Ordinal);
        Assert.Contains("Goals: retrain into another job: 5–9", text, StringComparison.Ordinal);
        Assert.Contains("Office and Administrative Support Occupations (10–14)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.English, "Worry (1 = not worried, 5 = very worried): not shown, so that no one's answer can be worked out")]
    [InlineData(Language.Dutch, "Zorgen (1 = geen zorgen, 5 = heel veel zorgen): niet getoond, zodat niemands antwoord te achterhalen is")]
    public void Report_EveryoneAlike_WithholdsTheTableInNeutralWords(Language language, string expected)
    {
        var sut = CreateSut(language);

        var text = sut.Report(PulseCounter.Count(Window, People(6, 5)));

        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("5: ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_TwoLevels_BarsAreBandsAndSayFewerThanFive()
    {
        var sut = CreateSut(Language.English);

        var chart = PulseChart.Build(PulseCounter.Count(Window, [.. People(2, 1), .. People(12, 2), .. People(6, 4), .. People(3, 5)]), sut);

        Assert.NotNull(chart);
        Assert.Equal(["fewer than 5", "10–14", "0", "5–9", "fewer than 5"], chart.Bars.Select(b => b.ValueText));
        Assert.Equal([null, 10, 0, 5, null], chart.Bars.Select(b => b.Count));
    }

    [Fact]
    public void Report_DutchWithASmallFigure_SaysMinderDanVijf()
    {
        var sut = CreateSut(Language.Dutch);

        var text = sut.Report(PulseCounter.Count(Window, [.. People(4, 3), .. People(1, 5)]));

        Assert.Contains("Mensen: 5–9", text, StringComparison.Ordinal);
        Assert.Contains("3: minder dan 5 · 5: minder dan 5", text, StringComparison.Ordinal);
        Assert.Contains("Administratieve beroepen", text, StringComparison.Ordinal);
        Assert.Contains("6 november – 5 december", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_FewerThanFive_IsNull()
    {
        var sut = CreateSut(Language.English);

        Assert.Null(sut.Line(PulseCounter.Count(Window, People(4, 3))));
        Assert.Contains("5–9 people", sut.Line(PulseCounter.Count(Window, People(5, 3))), StringComparison.Ordinal);
    }

    private static PulseWording CreateSut(Language language) => new(TextCatalog.Embedded, language);

    private static List<CommunityInterview> People(int count, int worry, CareerGoal goal = CareerGoal.Retrain) =>
        [.. Enumerable.Range(0, count).Select(_ => new CommunityInterview(worry, "43", goal))];
}
