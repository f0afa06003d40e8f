namespace CareerBot.Core.Understanding;

/// <summary>How much care a message asks for, lowest first; when a message shows several, the highest wins.</summary>
public enum SafetyLevel
{
    /// <summary>Ordinary talk, including figures of speech and jobs that deal with death or crisis.</summary>
    None,

    /// <summary>Worry, fear or panic about work, AI or the future: one kind sentence, then carry on.</summary>
    Fear,

    /// <summary>Not coping now, or money trouble: acknowledge, offer help softly, ask whether to go on.</summary>
    Distress,

    /// <summary>Any suicide or self-harm risk statement, however indirect, including about someone else: help lines first.</summary>
    Crisis,
}
