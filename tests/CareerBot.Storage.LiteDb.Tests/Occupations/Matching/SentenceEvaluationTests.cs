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
    [InlineData("sentences_dev.tsv", 0.90)]
    [InlineData("offvocab.tsv", 0.90)]
    public void Find_DevelopmentSet_ReachesTopThreeTarget(string file, double target)
    {
        var accuracy = Measure(file, withMisses: true);

        Assert.True(accuracy.Top3 >= target, accuracy.ToString());
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
