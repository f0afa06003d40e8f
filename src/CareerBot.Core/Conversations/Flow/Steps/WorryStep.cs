using System.Globalization;
using CareerBot.Core.Messaging;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Conversations.Flow.Steps;

/// <summary>How worried, 1–5: a button, a number, or words ("pretty worried", "een beetje"); "don't know" skips it.</summary>
internal sealed class WorryStep : IStep
{
    public IReadOnlyList<DialogueStep> Serves { get; } = [DialogueStep.WorryLevel];

    public Choice[] Choices(Turn turn) =>
        [.. Enumerable.Range(1, 5).Select(level => new Choice(level.ToString(CultureInfo.InvariantCulture), Payloads.Worry + level))];

    public void Ask(Turn turn, int variant) => turn.Say(turn.Get(variant == 0 ? "ask.worry" : $"ask.worry.retry{Math.Min(variant, 2)}"), Choices(turn));

    public void Answer(Turn turn, Interview interview)
    {
        var value = Payloads.ValueAfter(turn.Payload, Payloads.Worry);
        var level = value is { Length: 1 } && value[0] is >= '1' and <= '5' ? value[0] - '0' : turn.Payload is null ? turn.Reading.Worry : null;
        if (turn.Payload is not null && level is null && value != Payloads.Skip)
        {
            interview.Stale(turn);
            return;
        }

        if (turn.Payload is null)
        {
            interview.Slots.FillAndNote(turn, worryAsked: true);
        }

        var skipped = value == Payloads.Skip || (turn.Payload is null && turn.Reading.Answer is ShortAnswer.DontKnow or ShortAnswer.No);
        if (level is null && !skipped)
        {
            interview.Miss(turn, turn.Option("choice.skip", Payloads.Worry + Payloads.Skip));
            return;
        }

        turn.Conversation = turn.Conversation with { WorryLevel = level };
        interview.Advance(turn);
    }
}
