using CareerBot.Core.Conversations;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Tests.Understanding;

/// <summary>
/// A goal said and a goal denied: "I can't just go back to school" is no wish to retrain, and "I don't want to retrain",
/// asked what comes next, means staying (found by chatting as a worried parent and a truck driver of 55).
/// </summary>
public sealed class GoalDenialTests
{
    [Theory]
    [InlineData("idk, i have two kids, i cant just go back to school", CareerGoal.NotSure)]
    [InlineData("I don't want to retrain, I like my job", CareerGoal.StayAndAdapt)]
    [InlineData("ik wil niet omscholen, ik ben 55", CareerGoal.StayAndAdapt)]
    [InlineData("I would never start my own business", null)]
    [InlineData("not sure, maybe retrain", CareerGoal.Retrain)]
    [InlineData("I want to retrain", CareerGoal.Retrain)]
    [InlineData("ik wil me laten omscholen", CareerGoal.Retrain)]
    [InlineData("stay and adapt", CareerGoal.StayAndAdapt)]
    public void Read_GoalSaidOrDenied_TakesOnlyWhatIsSaid(string text, CareerGoal? expected)
    {
        var result = MessageReader.Read(text, AskedFor.Goal);

        Assert.Equal(expected, result.Goal);
    }

    [Theory]
    [InlineData("I don't want to become a nurse")]
    [InlineData("ik wil geen kok worden")]
    public void Read_TargetDenied_NamesNoTarget(string text)
    {
        var result = MessageReader.Read(text, AskedFor.Goal);

        Assert.True(result.TargetPhrases.IsEmpty, string.Join(", ", result.TargetPhrases));
    }
}
