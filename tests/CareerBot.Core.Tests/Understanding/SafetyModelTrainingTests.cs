using CareerBot.Core.Understanding;
using CareerBot.Core.Understanding.Safety;
using Xunit.Abstractions;

namespace CareerBot.Core.Tests.Understanding;

/// <summary>
/// The shipped safety model is trained from the labelled sets of five authors (never the final blind set). Leave-one-author-out
/// runs show how it does on a writer it never saw. After changing a set, regenerate with CAREERBOT_UPDATE_SAFETY_MODEL=1.
/// </summary>
public sealed class SafetyModelTrainingTests(ITestOutputHelper output)
{
    /// <summary>The sets the shipped model learns from: each is one author's work.</summary>
    public static readonly string[] TrainingSets = ["safety_dev.tsv", "safety_holdout.tsv", "safety_holdout2.tsv", "safety_train_a.tsv", "safety_train_b.tsv", "safety_train_ordinary.tsv"];

    [Fact]
    public void Train_AllTrainingSets_GivesTheShippedModel()
    {
        var trained = SafetyModelTrainer.Train([.. TrainingSets.SelectMany(SafetyCase.Load)]);
        using var fresh = new StringWriter { NewLine = "\n" };
        trained.Write(fresh);

        var shipped = ShippedModelPath();
        if (Environment.GetEnvironmentVariable("CAREERBOT_UPDATE_SAFETY_MODEL") == "1")
        {
            File.WriteAllText(shipped, fresh.ToString());
        }

        Assert.Equal(File.ReadAllText(shipped).ReplaceLineEndings("\n"), fresh.ToString());
    }

    [Theory]
    [InlineData("safety_train_a.tsv")]
    [InlineData("safety_train_b.tsv")]
    public void Assess_AuthorLeftOutOfTraining_StillFindsMostCrises(string leftOut)
    {
        var model = SafetyModelTrainer.Train([.. TrainingSets.Where(set => set != leftOut).SelectMany(SafetyCase.Load)]);
        var cases = SafetyCase.Load(leftOut);

        var rules = SafetyScore.Measure(cases, text => SafetyTriage.Assess(text, model: null).Level);
        var both = SafetyScore.Measure(cases, text => SafetyTriage.Assess(text, model).Level);

        output.WriteLine($"{leftOut} rules only: {rules}");
        output.WriteLine($"{leftOut} rules + model: {both}");
        Assert.True(both.Recall(SafetyLevel.Crisis) >= 0.80, both.ToString());
        Assert.True(both.CalmAsCrisis <= 0.15, both.ToString());
        Assert.True(both.Recall(SafetyLevel.Crisis) > rules.Recall(SafetyLevel.Crisis), both.ToString());
    }

    private static string ShippedModelPath([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "src", "CareerBot.Core", "Understanding", "Safety", "safety_model.tsv"));
}
