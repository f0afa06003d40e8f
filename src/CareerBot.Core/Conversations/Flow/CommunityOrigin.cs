using CareerBot.Core.Conversations.Commands;
using CareerBot.Core.Messaging;

namespace CareerBot.Core.Conversations.Flow;

/// <summary>
/// Remembers the community an interview was started from: a /start or /career that carries one (a Discord /career in a
/// server, a Telegram deep link from a group). Other messages, /restart included, leave it as it was.
/// </summary>
internal static class CommunityOrigin
{
    public static Conversation Record(Conversation conversation, IncomingMessage message, BotCommand? command, DateTimeOffset now) =>
        message.Community is { Length: > 0 } community && CommandCatalog.Find(command?.Name)?.Name is CommandNames.Start or CommandNames.Career
            ? conversation with { Community = community, CommunitySince = now }
            : conversation;
}
