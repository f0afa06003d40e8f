using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;

namespace CareerBot.Core.Tests.Support;

/// <summary>Plays one person's side of a conversation against a <see cref="DialogueEngine"/>, keeping the state between turns.</summary>
internal sealed class EngineDriver(DialogueEngine engine, string? locale = null)
{
    public Conversation? Conversation { get; private set; }

    public DateTimeOffset Now { get; set; } = Some.Now;

    public DialogueTurn LastTurn { get; private set; } = new(null, []);

    /// <summary>Every reply of the conversation so far.</summary>
    public List<OutgoingMessage> History { get; } = [];

    public static DialogueEngine CreateEngine(DialogueSettings? settings = null) => new(
        new FakeTitleMatcher(),
        new FakeOccupationCatalog(),
        new FakeStoryTeller(),
        settings ?? new DialogueSettings { Sources = ["Frey & Osborne (2013)", "Eloundou et al. (2024)"] });

    public IReadOnlyList<OutgoingMessage> Say(string text) => Send(Some.Text(text, locale: locale));

    public IReadOnlyList<OutgoingMessage> Press(string payload) => Send(Some.Press(payload) with { Locale = locale });

    /// <summary>Presses the button whose label contains <paramref name="label"/> in the last replies.</summary>
    public IReadOnlyList<OutgoingMessage> Choose(string label)
    {
        var choice = LastTurn.Replies.SelectMany(r => r.Choices).FirstOrDefault(c => c.Label.Contains(label, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No button '{label}' in: {Transcript(LastTurn.Replies)}");
        return Press(choice.Payload);
    }

    /// <summary>Types a job, picks the candidate whose label contains <paramref name="pick"/>, answers the worry and skips the note.</summary>
    public void ReachGoalQuestion(string job, string pick, int worry)
    {
        Say(job);
        Choose(pick);
        Press("worry:" + worry);
        Press("note:skip");
    }

    public IReadOnlyList<OutgoingMessage> Send(IncomingMessage message)
    {
        Now = Now.AddMinutes(1);
        LastTurn = engine.Handle(Conversation, message, Now);
        Conversation = LastTurn.Conversation;
        History.AddRange(LastTurn.Replies);
        return LastTurn.Replies;
    }

    public DialogueStep Step => Conversation?.Step ?? throw new InvalidOperationException("No conversation.");

    public static string Transcript(IEnumerable<OutgoingMessage> replies) =>
        string.Join("\n", replies.Select(r => r.Text + string.Concat(r.Choices.Select(c => $" [{c.Label}]"))));
}
