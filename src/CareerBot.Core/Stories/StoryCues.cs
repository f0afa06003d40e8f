namespace CareerBot.Core.Stories;

/// <summary>
/// What a person's own words hinted at that helps choose a story (never the words themselves): a kiosk or self-service
/// machine, pay, practical work, writing, a second income, law. Stored with the conversation; /forget deletes it.
/// </summary>
[Flags]
public enum StoryCues
{
    None = 0,
    Kiosk = 1,
    Pay = 2,
    PracticalWork = 4,
    Writing = 8,
    SideIncome = 16,
    Law = 32,
}
