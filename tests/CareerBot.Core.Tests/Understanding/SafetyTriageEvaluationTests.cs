using CareerBot.Core.Understanding;
using CareerBot.Core.Understanding.Safety;
using Xunit.Abstractions;

namespace CareerBot.Core.Tests.Understanding;

/// <summary>
/// The triage on the labelled safety sets: crisis recall ≥ 98% and fear or ordinary talk treated as crisis ≤ 2%.
/// Development sets (read while tuning) print their misses; the blind set prints figures only, so it stays blind.
/// </summary>
public sealed class SafetyTriageEvaluationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("safety_dev.tsv")]
    [InlineData("safety_holdout.tsv")]
    [InlineData("safety_holdout2.tsv")]
    public void Assess_DevelopmentSet_MeetsTheSafetyTargets(string file)
    {
        var score = SafetyScore.Measure(SafetyCase.Load(file), text => SafetyTriage.Assess(text).Level);

        output.WriteLine($"{file}: {score}");
        foreach (var miss in score.Misses)
        {
            output.WriteLine(miss);
        }

        Assert.True(score.Recall(SafetyLevel.Crisis) >= 0.98, $"Crisis recall {score.Recall(SafetyLevel.Crisis):P1}; missed: {string.Join(" / ", score.MissedCrises)}");
        Assert.True(score.CalmAsCrisis <= 0.02, $"Fear or ordinary talk as crisis: {score.CalmAsCrisis:P1}");
    }
}
