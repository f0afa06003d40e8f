using CareerBot.Core.Messaging;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Conversations.Flow.Steps;

/// <summary>After the figures: "Would you like to hear from someone who faced the same question?"</summary>
internal sealed class StoryStep(StoryTime stories) : IStep
{
    public IReadOnlyList<DialogueStep> Serves { get; } = [DialogueStep.Assessment, DialogueStep.Stories];

    public Choice[] Choices(Turn turn) => Assessment.MorePayload(turn.Conversation) is { } more
        ? [turn.Option("story.yes", Payloads.StoryYes), turn.Option("story.more", more), turn.Option("story.skip", Payloads.StorySkip)]
        : [turn.Option("story.yes", Payloads.StoryYes), turn.Option("story.skip", Payloads.StorySkip)];

    public void Ask(Turn turn, int variant) => turn.SayKey("ask.story", Choices(turn));

    public void Answer(Turn turn, Interview interview)
    {
        if (turn.Payload == Payloads.StoryYes || (turn.Payload is null && turn.Reading.Answer == ShortAnswer.Yes))
        {
            stories.TellNext(turn);
        }
        else if (turn.Payload != Payloads.StorySkip && !(turn.Payload is null && turn.Reading.Answer is ShortAnswer.No or ShortAnswer.DontKnow))
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

        interview.GoTo(turn, DialogueStep.WrapUp);
    }
}
