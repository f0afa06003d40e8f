using CareerBot.Core.Conversations.Commands;
using CareerBot.Core.Messaging;

namespace CareerBot.Core.Conversations.Flow;

/// <summary>
/// Remembers the community an interview was started from: a /start or /career that carries one (a Discord /career in a
/// server, a Telegram deep link from a group). Other messages, /restart included, leave it as it was. Starting again from
/// the same community keeps the first time: a person who runs /career again must not move into or out of a pulse's window.
/// </summary>
internal static class CommunityOrigin
{
    public static Conversation Record(Conversation conversation, IncomingMessage message, BotCommand? command, DateTimeOffset now) =>
        message.Community is { Length: > 0 } community && CommandCatalog.Find(command?.Name)?.Name is CommandNames.Start or CommandNames.Career
            ? conversation with { Community = community, CommunitySince = conversation.Community == community && conversation.CommunitySince is { } since ? since : now }
            : conversation;
}
