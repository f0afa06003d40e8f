using CareerBot.Core.Conversations.Commands;
using CareerBot.Core.Messaging;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Conversations.Flow.Steps;

/// <summary>After a long silence: "Welcome back! Shall we pick up where we left off?" Continue · Start over.</summary>
internal sealed class WelcomeStep : IStep
{
    public IReadOnlyList<DialogueStep> Serves { get; } = [DialogueStep.Welcome];

    public Choice[] Choices(Turn turn) => [turn.Option("welcome.resume", Payloads.Resume), turn.Option("welcome.restart", Payloads.Command + CommandNames.Restart)];

    public void Ask(Turn turn, int variant) => turn.SayKey("welcome.back", Choices(turn));

    public void Answer(Turn turn, Interview interview)
    {
        if (turn.Payload == Payloads.Resume || (turn.Payload is null && turn.Reading.Answer == ShortAnswer.Yes))
        {
            interview.Resume(turn);
        }
        else
        {
            Ask(turn, 0);
        }
    }
}
