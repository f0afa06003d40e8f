using CareerBot.Core.Messaging;

namespace CareerBot.Core.Conversations;

/// <summary>The outcome of one message: the conversation to store (null = keep nothing) and the replies.</summary>
public sealed record DialogueTurn(Conversation? Conversation, IReadOnlyList<OutgoingMessage> Replies)
{
    /// <summary>True when the person confirmed /forget: every record of them must be deleted.</summary>
    public bool ForgetPerson { get; init; }
}
