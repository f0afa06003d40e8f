using CareerBot.Core.Messaging;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Conversations.Flow.Steps;

/// <summary>"Delete everything I hold about you?": yes deletes all of it, no goes back to where the person was.</summary>
internal sealed class ForgetStep : IStep
{
    public IReadOnlyList<DialogueStep> Serves { get; } = [DialogueStep.ConfirmForget];

    public Choice[] Choices(Turn turn) => [turn.Option("forget.yes", Payloads.ForgetYes), turn.Option("forget.no", Payloads.ForgetNo)];

    public void Ask(Turn turn, int variant) => turn.SayKey("forget.confirm", Choices(turn));

    public void Answer(Turn turn, Interview interview)
    {
        if (turn.Payload == Payloads.ForgetYes || (turn.Payload is null && turn.Reading is { Answer: ShortAnswer.Yes, IsWholeAnswer: true }))
        {
            turn.ForgetPerson = true;
            turn.SayKey("forget.done");
        }
        else if (turn.Payload == Payloads.ForgetNo || (turn.Payload is null && turn.Reading.Answer == ShortAnswer.No))
        {
            turn.SayKey("forget.kept");
            interview.Resume(turn);
        }
        else
        {
            Ask(turn, 0);
        }
    }
}
