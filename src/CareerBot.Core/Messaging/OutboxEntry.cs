namespace CareerBot.Core.Messaging;

/// <summary>A reply recorded with its turn before it is sent, so a crash never loses it.</summary>
public sealed record OutboxEntry
{
    /// <summary>Unique and ordered within a conversation: "{messageId}:{index}".</summary>
    public required string Id { get; init; }

    public required ConversationKey Key { get; init; }

    public required string ReplyAddress { get; init; }

    /// <summary>The incoming event this answers (adapters use it to acknowledge buttons or interactions).</summary>
    public required string InReplyTo { get; init; }

    public required OutgoingMessage Message { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>
    /// True for the turn's first reply shown where the message was said (not personal, not in the private chat):
    /// an adapter may fill a placeholder with it (a deferred Discord interaction's original message).
    /// </summary>
    public bool IsFirstAnswer { get; init; }
}
