using CareerBot.Core.Messaging;

namespace CareerBot.Core.Conversations.Flow.Steps;

/// <summary>What worries them most, in their own words: kept only after "Keep my words"; any goal they state is taken.</summary>
internal sealed class NoteStep : IStep
{
    private const int MaxNoteLength = 1000;

    public IReadOnlyList<DialogueStep> Serves { get; } = [DialogueStep.WorryNote];

    public Choice[] Choices(Turn turn) =>
        turn.Conversation.KeepNotes
            ? [turn.Option("choice.skip", Payloads.NoteSkip)]
            : [turn.Option("ask.note.keep", Payloads.NoteKeep), turn.Option("choice.skip", Payloads.NoteSkip)];

    public void Ask(Turn turn, int variant) => turn.SayKey(turn.Conversation.KeepNotes ? "ask.note.keep.ok" : "ask.note", Choices(turn));

    public void Answer(Turn turn, Interview interview)
    {
        if (turn.Payload == Payloads.NoteKeep)
        {
            turn.Conversation = turn.Conversation with { KeepNotes = true };
            interview.Ask(turn);
            return;
        }

        if (turn.Payload is not null && turn.Payload != Payloads.NoteSkip)
        {
            interview.Stale(turn);
            return;
        }

        if (turn.Payload is null && turn.Text.Length > 0)
        {
            var keep = turn.Conversation.KeepNotes;
            var note = turn.Text.Length <= MaxNoteLength ? turn.Text : turn.Text[..MaxNoteLength];
            turn.Conversation = turn.Conversation with { WorryNote = keep ? note : null };
            turn.SayKey(keep ? "ask.note.thanks" : "ask.note.thanks.notkept");
            interview.Slots.Fill(turn);
        }

        interview.Advance(turn);
    }
}
