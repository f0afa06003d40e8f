using CareerBot.Core.Conversations.Commands;
using CareerBot.Core.Messaging;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Conversations.Flow.Steps;

/// <summary>Who the bot is, what it stores, and Start · Privacy. Someone who answers with their job has read enough.</summary>
internal sealed class HelloStep : IStep
{
    public IReadOnlyList<DialogueStep> Serves { get; } = [DialogueStep.Hello];

    public Choice[] Choices(Turn turn) =>
        [turn.Option("hello.choice.start", Payloads.Start), turn.Option("hello.choice.privacy", Payloads.Command + CommandNames.Privacy)];

    public void Ask(Turn turn, int variant) => turn.SayKey(variant == 0 ? "hello" : "hello.retry", Choices(turn));

    public void Answer(Turn turn, Interview interview)
    {
        if (turn.Payload == Payloads.Start || (turn.Payload is null && turn.Reading.Answer == ShortAnswer.Yes))
        {
            interview.GoTo(turn, DialogueStep.CurrentJob);
        }
        else if (turn.Payload is not null || turn.Reading.Answer == ShortAnswer.No || !TakeAnswers(turn, interview))
        {
            interview.Miss(turn);
        }
    }

    /// <summary>
    /// Takes whatever a first message already says (job, worry, goal, not in paid work) and goes on from there; says
    /// nothing and returns false when it says nothing the interview can use.
    /// </summary>
    public static bool TakeAnswers(Turn turn, Interview interview)
    {
        var reading = turn.Reading;
        var saysSomething = reading.Situation is not (null or WorkSituation.Working) || reading.Worry is not null
            || reading.Goal is not null || !reading.TargetPhrases.IsEmpty || reading.StudySoc is not null;
        var before = turn.Conversation;
        turn.GoTo(DialogueStep.CurrentJob);
        if (interview.Jobs.TrySearch(turn, interview, JobSlot.Current))
        {
            return true;
        }

        if (!saysSomething)
        {
            turn.Conversation = before;
            return false;
        }

        interview.Slots.FillAndNote(turn);
        interview.Ask(turn);
        return true;
    }
}
