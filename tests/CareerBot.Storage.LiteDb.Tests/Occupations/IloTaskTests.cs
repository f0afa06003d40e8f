using CareerBot.Core.Occupations;

namespace CareerBot.Storage.LiteDb.Tests.Occupations;

/// <summary>The ILO task file as imported: every group's tasks, the two most and two least exposed, and their Dutch.</summary>
public sealed class IloTaskTests(RealSeedsFixture seeds) : IClassFixture<RealSeedsFixture>
{
    [Theory]
    [InlineData("2641", new[] { 6, 4 }, new[] { 3, 1 })] // authors: selecting material 0.66, analysing material 0.625; scripts 0.43, novels 0.445
    [InlineData("7512", new[] { 4, 6 }, new[] { 5, 7 })] // bakers: checking raw materials 0.35, cleanliness 0.185; glazing 0.12, oven temperatures 0.125
    public void Extremes_HandCheckedGroup_TwoMostAndTwoLeastExposedTasks(string isco, int[] most, int[] least)
    {
        var tasks = seeds.Catalog.FindIlo(isco)!.Tasks;

        var (mostExposed, leastExposed) = IloTask.Extremes(tasks);

        Assert.Equal(most, mostExposed.Select(t => t.Id));
        Assert.Equal(least, leastExposed.Select(t => t.Id));
    }

    [Fact]
    public void Tasks_Bakers_AllEightInFileOrderWithTheir2025Scores()
    {
        var result = seeds.Catalog.FindIlo("7512")!.Tasks;

        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], result.Select(t => t.Id));
        Assert.Equal(0.3525, result[3].Score);
        Assert.StartsWith("Checking the quality of raw materials", result[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Tasks_EveryGroup_HasTasksAndDutchForEachOfItsExtremes()
    {
        var groups = seeds.Catalog.IloExposures;

        var untranslated = groups
            .SelectMany(g => IloTask.Extremes(g.Tasks) is var (most, least) ? most.Concat(least).Select(t => (g.Isco08, t)) : [])
            .Where(x => string.IsNullOrWhiteSpace(x.t.TextDutch))
            .Select(x => $"{x.Isco08}/{x.t.Id}")
            .ToList();

        Assert.Equal(427, groups.Count);
        Assert.All(groups, g => Assert.True(g.Tasks.Count >= 2, $"{g.Isco08} has {g.Tasks.Count} tasks"));
        Assert.Empty(untranslated);
    }

    [Fact]
    public void Tasks_MisencodedApostropheInTheIloFile_ReadAsAnApostrophe()
    {
        var texts = seeds.Catalog.IloExposures.SelectMany(g => g.Tasks).Select(t => t.Text).ToList();

        Assert.DoesNotContain(texts, t => t.Contains('\u201A', StringComparison.Ordinal) || t.Contains('\u00AC', StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("children\u2019s progress", StringComparison.Ordinal));
    }
}
