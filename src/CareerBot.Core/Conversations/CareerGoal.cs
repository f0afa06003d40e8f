namespace CareerBot.Core.Conversations;

/// <summary>What the person wants to do next.</summary>
public enum CareerGoal
{
    StayAndAdapt,
    Retrain,
    StartOwn,
    NotSure,
}
