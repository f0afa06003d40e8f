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
    public void Report_FivePeople_ShowsCountsGoalsAndGroupNames()
    {
        var sut = CreateSut(Language.English);

        var text = sut.Report(PulseCounter.Count(Window, People(5, 4)));

        Assert.Contains("People: 5", text, StringComparison.Ordinal);
        Assert.Contains("Worry (1 = not worried, 5 = very worried): 4: 5", text, StringComparison.Ordinal);
        Assert.Contains("Goals: retrain into another job: 5", text, StringComparison.Ordinal);
        Assert.Contains("Office and Administrative Support Occupations (5)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_DutchWithASmallFigure_SaysMinderDanVijf()
    {
        var sut = CreateSut(Language.Dutch);

        var text = sut.Report(PulseCounter.Count(Window, [.. People(4, 3), .. People(1, 5)]));

        Assert.Contains("Mensen: 5", text, StringComparison.Ordinal);
        Assert.Contains("3: minder dan 5 · 5: minder dan 5", text, StringComparison.Ordinal);
        Assert.Contains("Administratieve beroepen", text, StringComparison.Ordinal);
        Assert.Contains("6 november – 5 december", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_FewerThanFive_IsNull()
    {
        var sut = CreateSut(Language.English);

        Assert.Null(sut.Line(PulseCounter.Count(Window, People(4, 3))));
        Assert.Contains("5 people", sut.Line(PulseCounter.Count(Window, People(5, 3))), StringComparison.Ordinal);
    }

    private static PulseWording CreateSut(Language language) => new(TextCatalog.Embedded, language);

    private static List<CommunityInterview> People(int count, int worry) =>
        [.. Enumerable.Range(0, count).Select(_ => new CommunityInterview(worry, "43", CareerGoal.Retrain))];
}
