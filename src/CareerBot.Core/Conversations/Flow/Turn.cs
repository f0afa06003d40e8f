using CareerBot.Core.Messaging;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Conversations.Flow;

/// <summary>The working state of one turn: the conversation as it changes, and the replies so far.</summary>
internal sealed class Turn(TextCatalog texts, IncomingMessage message, Conversation conversation)
{
    private readonly List<OutgoingMessage> _replies = [];

    public IncomingMessage Message { get; } = message;

    public Conversation Conversation { get; set; } = conversation;

    public Language Language => Conversation.Language;

    public IReadOnlyList<OutgoingMessage> Replies => _replies;

    /// <summary>True once the person confirmed /forget.</summary>
    public bool ForgetPerson { get; set; }

    public string Text(string key) => texts.Get(Language, key);

    public string? TryText(string key) => texts.TryGet(Language, key, out var text) ? text : null;

    public string Format(string key, params object[] args) => texts.Format(Language, key, args);

    public Choice Option(string labelKey, string payload) => new(Text(labelKey), payload);

    public void Say(string text, params Choice[] choices) =>
        _replies.Add(new OutgoingMessage { Text = text, Choices = choices });

    public void SayKey(string key, params Choice[] choices) => Say(Text(key), choices);

    public void InvitePrivate(string text) =>
        _replies.Add(new OutgoingMessage { Text = text, InvitesPrivateChat = true });

    /// <summary>Moves to a step and resets the miss counter.</summary>
    public void GoTo(DialogueStep step) => Conversation = Conversation with { Step = step, Misses = 0 };
}
