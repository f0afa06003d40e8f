using CareerBot.Core.Communities;
using CareerBot.Core.Conversations;

namespace CareerBot.Core.Tests.Communities;

/// <summary>k-anonymity of the community pulse: nothing for fewer than 5 people, no figure under 5, none that can be worked out.</summary>
public class PulseCounterTests
{
    private static readonly PulseWindow Window = PulseWindow.Before(new DateTimeOffset(2026, 12, 6, 18, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Count_FourPeople_OnlyFewerThanFiveAndNothingElse()
    {
        var interviews = People(4, worry: 5, group: "43", goal: CareerGoal.Retrain);

        var sut = PulseCounter.Count(Window, interviews);

        Assert.Null(sut.People);
        Assert.Empty(sut.Worry);
        Assert.Empty(sut.Goals);
        Assert.Empty(sut.TopGroups);
    }

    [Fact]
    public void Count_FivePeopleAlike_WithholdsTheWorryAndGoalTables()
    {
        var interviews = People(5, worry: 4, group: "43", goal: CareerGoal.Retrain);

        var sut = PulseCounter.Count(Window, interviews);

        Assert.Equal(5, sut.People);
        Assert.All(sut.Worry, f => Assert.Equal((FigureHiding.Hidden, (int?)null), (f.Hiding, f.Count)));
        Assert.All(sut.Goals, f => Assert.Equal((FigureHiding.Hidden, (int?)null), (f.Hiding, f.Count)));
    }

    [Fact]
    public void Count_TwelvePeople_EveryFigureIsTheLowestOfItsBandOfFive()
    {
        var interviews = People(7, worry: 2, group: "43").Concat(People(5, worry: 3, group: "43")).ToList();

        var sut = PulseCounter.Count(Window, interviews);

        Assert.Equal(10, sut.People);
        Assert.Equal(5, Figure(sut.Worry, "2").Count);
        Assert.Equal(5, Figure(sut.Worry, "3").Count);
        Assert.Equal(10, Assert.Single(sut.TopGroups).Count);
    }

    [Fact]
    public void Count_FivePeopleFourAndOne_BothAreFewerThanFive()
    {
        var interviews = People(4, worry: 3).Concat(People(1, worry: 5)).ToList();

        var sut = PulseCounter.Count(Window, interviews);

        Assert.Equal(5, sut.People);
        Assert.Equal(FigureHiding.FewerThanFive, Figure(sut.Worry, "3").Hiding);
        Assert.Equal(FigureHiding.FewerThanFive, Figure(sut.Worry, "5").Hiding);
        Assert.Null(Figure(sut.Worry, "3").Count);
        Assert.Null(Figure(sut.Worry, "5").Count);
    }

    [Fact]
    public void Count_OneSmallCellBesideLargeOnes_AnotherIsHiddenSoItCannotBeWorkedOut()
    {
        // 7 + 6 + 1 = 14: showing 7 and 6 would give the 1 away as 14 − 13.
        var interviews = People(7, worry: 2).Concat(People(6, worry: 3)).Concat(People(1, worry: 5)).ToList();

        var sut = PulseCounter.Count(Window, interviews);

        Assert.Equal(FigureHiding.FewerThanFive, Figure(sut.Worry, "5").Hiding);
        Assert.True(sut.Worry.Count(f => f.Hiding != FigureHiding.Shown) >= 2);
        Assert.False(CanWorkOutAHeldBackFigure(sut.People!.Value, sut.Worry));
    }

    [Fact]
    public void Count_OnlyTwoAnswersOneOfThemSmall_TheWholeTableIsHidden()
    {
        // 5 + 1 = 6: whatever is held back, the 1 follows from the total.
        var interviews = People(5, worry: 2).Concat(People(1, worry: 4)).ToList();

        var sut = PulseCounter.Count(Window, interviews);

        Assert.Equal(5, sut.People);
        Assert.All(sut.Worry, f => Assert.Equal((FigureHiding.Hidden, (int?)null), (f.Hiding, f.Count)));
    }

    [Fact]
    public void Count_UnansweredQuestions_AreACategoryOfTheirOwn()
    {
        var interviews = People(5, worry: 3, goal: CareerGoal.Retrain).Concat(People(5, worry: null, goal: null)).ToList();

        var sut = PulseCounter.Count(Window, interviews);

        Assert.Equal(5, Figure(sut.Worry, PulseCategories.None).Count);
        Assert.Equal(5, Figure(sut.Goals, PulseCategories.None).Count);
    }

    [Fact]
    public void Count_SmallGroups_AreNeverNamed()
    {
        var interviews = People(6, group: "43").Concat(People(5, group: "41")).Concat(People(5, group: "29")).Concat(People(5, group: "15")).Concat(People(4, group: "23")).ToList();

        var sut = PulseCounter.Count(Window, interviews);

        // The three most named, listed by band and then by number: 6 and 5 are both "5–9", so their order says nothing more.
        Assert.Equal(["15", "29", "43"], sut.TopGroups.Select(g => g.Category));
        Assert.DoesNotContain(sut.TopGroups, g => g.Category == "23");
    }

    [Theory]
    [InlineData(new[] { 1, 1, 1, 1, 1, 0 })]
    [InlineData(new[] { 4, 4, 0, 0, 0, 0 })]
    [InlineData(new[] { 5, 0, 0, 0, 0, 4 })]
    [InlineData(new[] { 9, 1, 1, 0, 0, 0 })]
    [InlineData(new[] { 12, 8, 5, 3, 0, 0 })]
    [InlineData(new[] { 6, 5, 4, 4, 0, 0 })]
    [InlineData(new[] { 20, 0, 0, 0, 0, 2 })]
    [InlineData(new[] { 7, 0, 0, 0, 0, 0 })]
    public void Suppress_AnySpread_NoFigureUnderFiveAndNoneThatCanBeWorkedOut(int[] perLevel)
    {
        // Checked on the exact counts, before banding: a reader who sees only bands knows less still.
        var sut = SmallCells.Suppress(PulseCategories.WorryLevels, perLevel);

        Assert.All(sut, f => Assert.True(f.Count is null or 0 or >= 5, $"{f.Category}: {f.Count}"));
        Assert.False(CanWorkOutAHeldBackFigure(perLevel.Sum(), sut));
    }

    [Fact]
    public void Before_AnyTimeOfDay_EndsAtTheStartOfTheUtcDayAndSpans30Days()
    {
        var sut = PulseWindow.Before(new DateTimeOffset(2026, 12, 6, 0, 30, 0, TimeSpan.FromHours(2)));

        Assert.Equal(new DateTimeOffset(2026, 12, 5, 0, 0, 0, TimeSpan.Zero), sut.Until);
        Assert.Equal(new DateTimeOffset(2026, 11, 5, 0, 0, 0, TimeSpan.Zero), sut.Since);
    }

    /// <summary>
    /// The reader's attack, by brute force: every way to fill the held-back figures that agrees with the total and the
    /// labels ("fewer than 5" = 1–4, "hidden" = 5 or more). True when some held-back figure has the same value in all of them.
    /// </summary>
    private static bool CanWorkOutAHeldBackFigure(int total, IReadOnlyList<PulseFigure> figures)
    {
        if (figures.All(f => f.Hiding == FigureHiding.Hidden))
        {
            return false; // nothing shown, not even which categories are empty
        }

        var held = figures.Where(f => f.Hiding != FigureHiding.Shown).ToList();
        if (held.Count == 0)
        {
            return false;
        }

        var rest = total - figures.Where(f => f.Hiding == FigureHiding.Shown).Sum(f => f.Count!.Value);
        var solutions = new List<int[]>();
        Fill(held, 0, rest, new int[held.Count], solutions);
        return Enumerable.Range(0, held.Count).Any(i => solutions.Select(s => s[i]).Distinct().Count() == 1);
    }

    private static void Fill(List<PulseFigure> held, int index, int left, int[] values, List<int[]> solutions)
    {
        if (index == held.Count)
        {
            if (left == 0)
            {
                solutions.Add((int[])values.Clone());
            }

            return;
        }

        var (low, high) = held[index].Hiding == FigureHiding.FewerThanFive ? (1, 4) : (5, left);
        for (var value = low; value <= Math.Min(high, left); value++)
        {
            values[index] = value;
            Fill(held, index + 1, left - value, values, solutions);
        }
    }

    private static PulseFigure Figure(IReadOnlyList<PulseFigure> figures, string category) => figures.Single(f => f.Category == category);

    private static List<CommunityInterview> People(int count, int? worry = 3, string? group = "43", CareerGoal? goal = CareerGoal.NotSure) =>
        [.. Enumerable.Range(0, count).Select(_ => new CommunityInterview(worry, group, goal))];
}
