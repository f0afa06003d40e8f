namespace CareerBot.Core.Stories;

/// <summary>What happened to a person, as the article says it (seed spelling: kebab-case, e.g. "pay-cut").</summary>
public enum StoryTag
{
    PayCut,
    MovingHouse,
    HealthInsurance,
    Retraining,
    Bitterness,
    PhysicalStrain,
    PhysicalComplaints,
    QuitTraining,
    ReplacedByAi,
    SideIncome,
}
