namespace CareerBot.Core.Stories;

/// <summary>Why a story (or a passage of the article) was chosen for a person; told as one line before it.</summary>
public enum StoryReason
{
    SameJob,
    CloseJob,
    SameMove,
    Kiosk,
    Law,
    Student,
    Pay,
    Trade,
    Writing,
    SideIncome,
    Goal,

    /// <summary>Very worried: Frey's "no panic, not yet".</summary>
    Worried,

    /// <summary>Studying: Frey on starter jobs.</summary>
    StudentView,

    /// <summary>Care or teaching: the article's passage on where people stay indispensable.</summary>
    Care,

    /// <summary>No story is close: said so, and a passage of the article instead.</summary>
    NoneFits,

    /// <summary>Asked for more after the close ones were told: another story, said to be about other work.</summary>
    Another,
}
