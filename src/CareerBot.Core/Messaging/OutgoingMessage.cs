using CareerBot.Core.Pictures;

namespace CareerBot.Core.Messaging;

/// <summary>One reply to render: plain text (never markup), optional buttons and an optional picture.</summary>
public sealed record OutgoingMessage
{
    public required string Text { get; init; }

    public IReadOnlyList<Choice> Choices { get; init; } = [];

    /// <summary>
    /// True when the reply answers a public message but the conversation must continue privately;
    /// the adapter adds its own way there (Telegram deep link, Discord DM + ephemeral note).
    /// </summary>
    public bool InvitesPrivateChat { get; init; }

    /// <summary>
    /// True when the reply is meant for the person alone (help lines after a worrying message in a group): shown only to
    /// them where the platform allows (a Discord ephemeral reply). It never repeats their words.
    /// </summary>
    public bool IsPersonal { get; init; }

    /// <summary>
    /// True when the reply belongs in the person's private chat although they asked in public ("continue privately"):
    /// the adapter opens that chat itself (a Discord DM). The entry's reply address is where they asked, for a fallback.
    /// </summary>
    public bool InPrivateChat { get; init; }

    /// <summary>
    /// A picture to send with the text (a risk card, a pulse chart; the text then is its caption), or null. Adapters draw
    /// it with <see cref="IPictureRenderer"/> at delivery; a platform that cannot show it sends the text alone.
    /// </summary>
    public ReplyPicture? Picture { get; init; }
}
