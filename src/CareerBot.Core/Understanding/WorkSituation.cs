namespace CareerBot.Core.Understanding;

/// <summary>Whether the person is in paid work; people who are not are asked what they study, did last or want to do.</summary>
public enum WorkSituation
{
    Working,
    Student,
    Unemployed,
    BetweenJobs,
    Retired,

    /// <summary>Stay-at-home parents and people caring for family full time.</summary>
    AtHome,
}
