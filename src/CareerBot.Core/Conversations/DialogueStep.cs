namespace CareerBot.Core.Conversations;

/// <summary>Where a conversation stands in the interview.</summary>
public enum DialogueStep
{
    Hello,
    CurrentJob,
    ConfirmCurrentJob,
    WorryLevel,
    WorryNote,
    Goal,
    TargetJob,
    ConfirmTargetJob,
    Assessment,
    Stories,
    WrapUp,
    ConfirmForget,
    Paused,
    Welcome,
}
