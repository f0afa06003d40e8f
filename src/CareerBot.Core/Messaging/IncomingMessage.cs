namespace CareerBot.Core.Messaging;

/// <summary>One thing a person said or pressed, translated from a platform event by an adapter.</summary>
public sealed record IncomingMessage
{
    /// <summary>Whose conversation this message belongs to.</summary>
    public required ConversationKey Key { get; init; }

    /// <summary>Platform-unique id of the event (Telegram update id, Discord message/interaction id); used to never answer twice.</summary>
    public required string MessageId { get; init; }

    /// <summary>Opaque address the adapter understands (chat, thread, interaction); copied onto every reply.</summary>
    public required string ReplyAddress { get; init; }

    /// <summary>True in a private chat / DM; false in a group, server channel or public thread.</summary>
    public required bool IsDirect { get; init; }

    /// <summary>Typed text, or null when the person pressed a button.</summary>
    public string? Text { get; init; }

    /// <summary>The <see cref="Choice.Payload"/> of a pressed button, or null.</summary>
    public string? ChoicePayload { get; init; }

    /// <summary>The platform's locale tag (e.g. "nl", "en-US"), when it gave one.</summary>
    public string? Locale { get; init; }

    /// <summary>True when the platform says this person moderates the group or server.</summary>
    public bool IsModerator { get; init; }

    /// <summary>Group or server channel the message was posted in (null in a DM); used by moderator features.</summary>
    public string? ChannelId { get; init; }

    /// <summary>
    /// The community (Telegram group, Discord server) the person reached the bot from: where a public message was posted,
    /// or, in a private chat, the one a "continue privately" link or command came from. Null when there is none. Used only
    /// for a community's aggregate pulse; never shown.
    /// </summary>
    public string? Community { get; init; }

    /// <summary>
    /// True when the adapter can open a private chat with the person itself (Discord can open a DM; a Telegram bot
    /// cannot write first): then "start the interview" in public begins it privately at once.
    /// </summary>
    public bool CanOpenPrivateChat { get; init; }
}
