using CareerBot.Core.Messaging;
using CareerBot.Core.Texts;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Conversations.Flow;

/// <summary>The working state of one turn: the message as read, the conversation as it changes, and the replies so far.</summary>
internal sealed class Turn(TextCatalog texts, IncomingMessage message, Conversation conversation)
{
    private readonly List<OutgoingMessage> _replies = [];
    private string? _preface;

    public IncomingMessage Message { get; } = message;

    public Conversation Conversation { get; set; } = conversation;

    public Language Language => Conversation.Language;

    /// <summary>The typed text, cleaned (empty when a button was pressed).</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>The pressed button's payload, or null for typed text.</summary>
    public string? Payload { get; set; } = message.ChoicePayload;

    /// <summary>What the typed text says, read for every slot; empty for buttons.</summary>
    public MessageReading Reading { get; set; } = MessageReading.Empty;

    public IReadOnlyList<OutgoingMessage> Replies => _replies;

    /// <summary>True when the person asked in public to start the interview and it begins in their private chat at once.</summary>
    public bool ContinuesPrivately { get; set; }

    /// <summary>True once the person confirmed /forget.</summary>
    public bool ForgetPerson { get; set; }

    public string Get(string key) => texts.Get(Language, key);

    public string? TryText(string key) => texts.TryGet(Language, key, out var text) ? text : null;

    public string Format(string key, params object[] args) => texts.Format(Language, key, args);

    public Choice Option(string labelKey, string payload) => new(Get(labelKey), payload);

    /// <summary>A sentence put in front of the next reply ("That fear makes sense." before the question).</summary>
    public void Preface(string text) => _preface = _preface is null ? text : _preface + " " + text;

    public void Say(string text, params Choice[] choices) => Add(new OutgoingMessage { Text = text, Choices = choices });

    /// <summary>A reply built elsewhere (an answer card with its picture and buttons).</summary>
    public void Say(OutgoingMessage reply) => Add(reply);

    public void SayKey(string key, params Choice[] choices) => Say(Get(key), choices);

    /// <summary>A reply for the person alone where the platform allows (help after a worrying message in a group).</summary>
    public void SayPersonal(string text) => Add(new OutgoingMessage { Text = text, IsPersonal = true });

    public void InvitePrivate(string text) => Add(new OutgoingMessage { Text = text, InvitesPrivateChat = true });

    /// <summary>Moves to a step and resets the miss counter.</summary>
    public void GoTo(DialogueStep step) => Conversation = Conversation with { Step = step, Misses = 0 };

    private void Add(OutgoingMessage reply)
    {
        if (_preface is not null)
        {
            reply = reply with { Text = _preface + "\n\n" + reply.Text };
            _preface = null;
        }

        _replies.Add(reply);
    }
}
