using CareerBot.Core.Messaging;

namespace CareerBot.Telegram.Routing;

/// <summary>The pure translation of one Telegram update: what to do, for which chat.</summary>
internal sealed record UpdateRoute(RouteKind Kind, string Reason)
{
    public long ChatId { get; init; }

    public int? ThreadId { get; init; }

    public string? Locale { get; init; }

    public IncomingMessage? Message { get; init; }

    /// <summary>Set for callback queries: they are answered whatever the route.</summary>
    public PressedButton? Button { get; init; }

    /// <summary>A moderator command from a user whose rights must be checked with getChatMember.</summary>
    public long? ModeratorCandidateUserId { get; init; }

    public long? MigratedToChatId { get; init; }

    /// <summary>What kind of deep link a private "/start &lt;payload&gt;" was (never the payload itself), for the log.</summary>
    public string? StartLinkKind { get; init; }

    public static UpdateRoute Ignore(string reason) => new(RouteKind.Ignore, reason);
}
