namespace CareerBot.Core.Conversations.Flow;

/// <summary>
/// The shape of the interview in one place. The questions are asked in <see cref="Order"/>; one whose answer the person
/// already gave (in any earlier message) is skipped. Beside the order, four events move a conversation:
/// <list type="table">
/// <listheader><term>event</term><description>from → to (remembered step)</description></listheader>
/// <item><term>idle</term><description>a mid-interview step, after <c>IdleGreetingAfter</c> → Welcome (the step)</description></item>
/// <item><term>crisis / distress</term><description>any step → Paused with care (the step, or where the same message led)</description></item>
/// <item><term>interrupt</term><description>/forget, /start mid-interview → ConfirmForget or Welcome (the step)</description></item>
/// <item><term>back</term><description>a step → <see cref="Back"/> of it; resume → the remembered step</description></item>
/// </list>
/// </summary>
internal static class InterviewMap
{
    /// <summary>The questions in the order they are asked; each job question is followed by its confirmation.</summary>
    public static readonly DialogueStep[] Order =
        [DialogueStep.Hello, DialogueStep.CurrentJob, DialogueStep.WorryLevel, DialogueStep.WorryNote, DialogueStep.Goal, DialogueStep.TargetJob, DialogueStep.Assessment];

    /// <summary>The next question after <paramref name="after"/> whose answer is not known yet.</summary>
    public static DialogueStep Next(Conversation conversation, DialogueStep after)
    {
        var position = Array.IndexOf(Order, Asked(after));
        foreach (var step in Order.Skip(position + 1))
        {
            var known = step switch
            {
                DialogueStep.CurrentJob => conversation.CurrentSoc is not null,
                DialogueStep.WorryLevel => conversation.WorryLevel is not null,
                // "Not worried at all": no point asking what worries them most.
                DialogueStep.WorryNote => conversation.WorryLevel == 1,
                DialogueStep.Goal => conversation.Goal is not null,
                DialogueStep.TargetJob => conversation.Goal is not (CareerGoal.Retrain or CareerGoal.StartOwn) || conversation.TargetSoc is not null
                    || (conversation.Goal == CareerGoal.StartOwn && conversation.PendingTargets.IsEmpty),
                _ => false,
            };
            if (!known)
            {
                return step;
            }
        }

        return DialogueStep.Assessment;
    }

    /// <summary>The question before <paramref name="step"/>, for /back; null at the start.</summary>
    public static DialogueStep? Back(DialogueStep step, CareerGoal? goal) => step switch
    {
        DialogueStep.CurrentJob => DialogueStep.Hello,
        DialogueStep.ConfirmCurrentJob or DialogueStep.WorryLevel => DialogueStep.CurrentJob,
        DialogueStep.WorryNote => DialogueStep.WorryLevel,
        DialogueStep.Goal => DialogueStep.WorryNote,
        DialogueStep.TargetJob => DialogueStep.Goal,
        DialogueStep.ConfirmTargetJob => DialogueStep.TargetJob,
        DialogueStep.Assessment or DialogueStep.Stories or DialogueStep.WrapUp => goal == CareerGoal.Retrain ? DialogueStep.TargetJob : DialogueStep.Goal,
        DialogueStep.OtherJob => DialogueStep.WrapUp,
        DialogueStep.ConfirmOtherJob => DialogueStep.OtherJob,
        _ => null,
    };

    /// <summary>Steps that wait for something else to finish; the step they interrupted is <see cref="Conversation.ResumeStep"/>.</summary>
    public static bool IsPause(DialogueStep step) => step is DialogueStep.Paused or DialogueStep.Welcome or DialogueStep.ConfirmForget;

    /// <summary>Somewhere in the questions (not before, after, or paused): a long silence here earns a welcome back.</summary>
    public static bool IsMidInterview(DialogueStep step) =>
        step is not (DialogueStep.Hello or DialogueStep.WrapUp or DialogueStep.Paused or DialogueStep.Welcome or DialogueStep.OtherJob or DialogueStep.ConfirmOtherJob);

    /// <summary>The step that asks for the job of a slot, and the one that confirms it.</summary>
    public static DialogueStep Ask(JobSlot slot) => slot switch
    {
        JobSlot.Current => DialogueStep.CurrentJob,
        JobSlot.Target => DialogueStep.TargetJob,
        _ => DialogueStep.OtherJob,
    };

    public static DialogueStep Confirm(JobSlot slot) => slot switch
    {
        JobSlot.Current => DialogueStep.ConfirmCurrentJob,
        JobSlot.Target => DialogueStep.ConfirmTargetJob,
        _ => DialogueStep.ConfirmOtherJob,
    };

    public static JobSlot Slot(DialogueStep step) => step switch
    {
        DialogueStep.CurrentJob or DialogueStep.ConfirmCurrentJob => JobSlot.Current,
        DialogueStep.TargetJob or DialogueStep.ConfirmTargetJob => JobSlot.Target,
        _ => JobSlot.Other,
    };

    // A confirmation step counts as the question it confirms.
    private static DialogueStep Asked(DialogueStep step) => step switch
    {
        DialogueStep.ConfirmCurrentJob => DialogueStep.CurrentJob,
        DialogueStep.ConfirmTargetJob => DialogueStep.TargetJob,
        DialogueStep.Stories or DialogueStep.WrapUp => DialogueStep.Assessment,
        _ when Array.IndexOf(Order, step) >= 0 => step,
        _ => DialogueStep.Hello,
    };
}
