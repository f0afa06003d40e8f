using CareerBot.Core.Messaging;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Conversations.Flow.Steps;

/// <summary>
/// Stay and adapt · Retrain · Start something of my own · Not sure yet, by button or in words; a target job named in the
/// same answer ("omscholen, ik wil elektricien worden") goes straight to its confirmation.
/// </summary>
internal sealed class GoalStep : IStep
{
    public IReadOnlyList<DialogueStep> Serves { get; } = [DialogueStep.Goal];

    public Choice[] Choices(Turn turn) =>
    [
        turn.Option("goal.adapt", Payloads.Goal + "adapt"),
        turn.Option("goal.retrain", Payloads.Goal + "retrain"),
        turn.Option("goal.own", Payloads.Goal + "own"),
        turn.Option("goal.unsure", Payloads.Goal + "unsure"),
    ];

    public void Ask(Turn turn, int variant) => turn.Say(turn.Get(variant == 0 ? "ask.goal" : $"ask.goal.retry{Math.Min(variant, 2)}"), Choices(turn));

    public void Answer(Turn turn, Interview interview)
    {
        CareerGoal? goal = Payloads.ValueAfter(turn.Payload, Payloads.Goal) switch
        {
            "adapt" => CareerGoal.StayAndAdapt,
            "retrain" => CareerGoal.Retrain,
            "own" => CareerGoal.StartOwn,
            "unsure" => CareerGoal.NotSure,
            _ when turn.Payload is null => turn.Reading.Goal ?? (turn.Reading.Answer == ShortAnswer.DontKnow ? CareerGoal.NotSure : null),
            _ => null,
        };
        if (goal is null)
        {
            if (turn.Payload is not null)
            {
                interview.Stale(turn);
            }
            else
            {
                interview.Miss(turn);
            }

            return;
        }

        // A new goal replaces an earlier target; one named in this answer is taken below.
        turn.Conversation = turn.Conversation with { Goal = goal, TargetSoc = null, TargetIsco = null, PendingTargets = [], PendingTargetIscos = [] };
        if (turn.Payload is null)
        {
            interview.Slots.FillAndNote(turn, goalAsked: true);
        }

        interview.Advance(turn);
    }
}
