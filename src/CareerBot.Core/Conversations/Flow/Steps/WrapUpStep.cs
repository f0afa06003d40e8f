using CareerBot.Core.Conversations.Commands;
using CareerBot.Core.Messaging;

namespace CareerBot.Core.Conversations.Flow.Steps;

/// <summary>Next steps and Another job · More stories · Start over · Delete my data; a job typed here is looked up as one more.</summary>
internal sealed class WrapUpStep(StoryTime stories) : IStep
{
    public IReadOnlyList<DialogueStep> Serves { get; } = [DialogueStep.WrapUp];

    public Choice[] Choices(Turn turn) =>
    [
        turn.Option("wrap.another", Payloads.WrapAnother),
        turn.Option("wrap.story", Payloads.WrapStory),
        turn.Option("wrap.restart", Payloads.Command + CommandNames.Restart),
        turn.Option("wrap.forget", Payloads.Command + CommandNames.Forget),
    ];

    public void Ask(Turn turn, int variant) =>
        turn.SayKey(variant != 0 ? "wrapup.short" : turn.Conversation.Goal == CareerGoal.Retrain ? "wrapup" : "wrapup.stay", Choices(turn));

    public void Answer(Turn turn, Interview interview)
    {
        switch (turn.Payload)
        {
            case Payloads.WrapAnother:
                interview.GoTo(turn, DialogueStep.OtherJob);
                break;
            case Payloads.WrapStory:
                stories.TellNext(turn);
                Ask(turn, 1);
                break;
            case null when turn.Text.Length > 0 && TypedWords.AsksForStory(turn.Text):
                stories.TellNext(turn);
                Ask(turn, 1);
                break;
            case null when turn.Text.Length > 0:
                // Anything typed after the interview is most likely one more job to look at.
                turn.GoTo(DialogueStep.OtherJob);
                if (!interview.Jobs.TrySearch(turn, interview, JobSlot.Other))
                {
                    turn.GoTo(DialogueStep.WrapUp);
                    turn.SayKey("wrap.typed", Choices(turn));
                }

                break;
            default:
                interview.Stale(turn);
                break;
        }
    }
}
