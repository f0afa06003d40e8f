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
    /// <summary>Someone is not okay: the interview waits, replies stay warm (see <see cref="Conversation.Care"/>).</summary>
    Paused,
    Welcome,

    /// <summary>"Another job": looking at one more occupation without changing the person's own answers.</summary>
    OtherJob,
    ConfirmOtherJob,
}
