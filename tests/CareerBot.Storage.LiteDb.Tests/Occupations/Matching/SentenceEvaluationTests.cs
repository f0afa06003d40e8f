using CareerBot.Core.Understanding;
using CareerBot.Storage.LiteDb.Tests.Corpus;
using Xunit.Abstractions;

namespace CareerBot.Storage.LiteDb.Tests.Occupations.Matching;

/// <summary>
/// The job in what people type, end to end as the interview reads it (message reader, clauses, real matcher, real store):
/// whole chat sentences and everyday names, written before tuning. Held-out sets (never read while tuning) print figures only.
/// </summary>
public sealed class SentenceEvaluationTests(RealDialogueFixture fixture, ITestOutputHelper output) : IClassFixture<RealDialogueFixture>
{
    [Theory]
    // Before this issue the bot found 62.3% and 50.0% top-3 on these.
    [InlineData("sentences_dev.tsv", 0.92)]
    [InlineData("offvocab.tsv", 0.96)]
    public void Find_DevelopmentSet_ReachesTopThreeTarget(string file, double target)
    {
        var accuracy = Measure(file, withMisses: true);

        Assert.True(accuracy.Top3 >= target, accuracy.ToString());
    }

    /// <summary>Written blind by another author and never read while tuning: figures only, floored at the level first measured.</summary>
    [Theory]
    // First measured 2026-12-06: 80.2% and 73.6% top-3 (the old bot: 45.7% and 54.5%).
    [InlineData("sentences_holdout.tsv", 0.80)]
    [InlineData("offvocab_holdout.tsv", 0.73)]
    public void Find_BlindSet_KeepsItsMeasuredLevel(string file, double floor)
    {
        var accuracy = Measure(file, withMisses: false);

        Assert.True(accuracy.Top3 >= floor, $"{file}: top-3 {accuracy.Top3:P1}");
    }

    [Theory]
    [InlineData("hi. i'm a helpdesk worker and they're putting in an AI kiosk next month, honestly scared", "15-1232")]
    public void Find_SentenceTheMatcherCannotSplit_IsFoundInItsClause(string text, string soc)
    {
        var finder = new JobFinder(fixture.Matcher, fixture.Catalog);

        var found = new ReaderMatcher(finder).Match(text, 3);

        Assert.Contains(found, m => m.Soc == soc);
    }

    private Accuracy Measure(string file, bool withMisses)
    {
        var finder = new JobFinder(fixture.Matcher, fixture.Catalog);
        var cases = EvaluationCase.Load(file);
        var accuracy = Accuracy.Measure(new ReaderMatcher(finder), cases);
        output.WriteLine($"{file}: n={accuracy.Count} top-1 {accuracy.Top1:P1} top-3 {accuracy.Top3:P1}");
        if (withMisses)
        {
            output.WriteLine(string.Join("\n", accuracy.Misses));
        }

        return accuracy;
    }
}
