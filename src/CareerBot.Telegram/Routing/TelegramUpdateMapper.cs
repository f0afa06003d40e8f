using System.Globalization;
using CareerBot.Core.Conversations.Commands;
using CareerBot.Core.Messaging;
using CareerBot.Core.Texts;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace CareerBot.Telegram.Routing;

/// <summary>Pure translation of a Telegram <see cref="Update"/> into what the adapter should do; no I/O.</summary>
internal static class TelegramUpdateMapper
{
    /// <summary>The fake user Telegram shows when an anonymous group admin posts.</summary>
    public const long GroupAnonymousBotId = 1087968824;

    public static UpdateRoute Map(Update update, BotIdentity bot) => update.Type switch
    {
        UpdateType.Message when update.Message is { } message => MapMessage(update.Id, message, bot),
        UpdateType.CallbackQuery when update.CallbackQuery is { } query => CallbackMapper.Map(update.Id, query),
        UpdateType.MyChatMember when update.MyChatMember is { } change => MapMembership(change),
        UpdateType.InlineQuery when update.InlineQuery is { Id: not null } => new UpdateRoute(RouteKind.InlineQuery, "inline query"),
        UpdateType.ChosenInlineResult => new UpdateRoute(RouteKind.InlineChosen, "chosen inline result"),
        UpdateType.EditedMessage => UpdateRoute.Ignore("edited message"),
        _ => UpdateRoute.Ignore("unsupported update type " + update.Type),
    };

    private static UpdateRoute MapMessage(int updateId, Message message, BotIdentity bot)
    {
        // The library leaves a missing required object null despite its annotations; such an update is not from Telegram.
        if (message.Chat is null)
        {
            return UpdateRoute.Ignore("message without chat");
        }

        if (message.MigrateToChatId is { } newChatId)
        {
            return new UpdateRoute(RouteKind.Migrated, "group migrated") { ChatId = message.Chat.Id, MigratedToChatId = newChatId };
        }

        return message.Chat.Type switch
        {
            ChatType.Private => MapPrivate(updateId, message, bot),
            ChatType.Group or ChatType.Supergroup => MapGroup(updateId, message, bot),
            _ => UpdateRoute.Ignore("channel post"),
        };
    }

    private static UpdateRoute MapPrivate(int updateId, Message message, BotIdentity bot)
    {
        var locale = message.From?.LanguageCode;
        if (message.From is not { } from)
        {
            return UpdateRoute.Ignore("private message without sender");
        }

        if (message.Text is not { } text)
        {
            return IsContent(message.Type)
                ? new UpdateRoute(RouteKind.Hint, "non-text message " + message.Type) { ChatId = message.Chat.Id, Locale = locale }
                : UpdateRoute.Ignore("service message " + message.Type);
        }

        // "/start@ThisBot" → "/start"; a command for another bot is still this person's text in a private chat.
        var normalised = CommandText.ForThisBot(text, message.Entities, bot.Username) ?? text;
        var link = StartPayload.Read(normalised, bot.GroupLinks);
        var address = new ReplyAddress(message.Chat.Id, null, LanguageCodes.FromLocale(locale));
        return new UpdateRoute(RouteKind.Dialogue, link is null ? "private text" : "deep link")
        {
            ChatId = message.Chat.Id,
            Locale = locale,
            StartLinkKind = link?.Kind,
            Message = new IncomingMessage
            {
                Key = new ConversationKey(Platform.Telegram, Id(from.Id)),
                MessageId = Id(updateId),
                ReplyAddress = address.Format(),
                IsDirect = true,
                Text = link?.Text ?? normalised,
                Locale = locale,
                Community = link?.Community,
            },
        };
    }

    private static UpdateRoute MapGroup(int updateId, Message message, BotIdentity bot)
    {
        if (message.Text is not { } text || message.From is not { } from)
        {
            return UpdateRoute.Ignore("group message without text");
        }

        if (CommandText.ForThisBot(text, message.Entities, bot.Username) is not { } command)
        {
            return UpdateRoute.Ignore("group chatter or command for another bot");
        }

        var anonymousAdmin = from.Id == GroupAnonymousBotId && message.SenderChat?.Id == message.Chat.Id;
        var senderId = anonymousAdmin ? message.Chat.Id : from.Id;
        // Only a moderator command (/weekly) is worth asking Telegram whether the sender is an administrator.
        var isModeratorCommand = CommandCatalog.FindTyped(command)?.Audience == CommandAudience.Moderator;
        int? thread = message.IsTopicMessage ? message.MessageThreadId : null;
        var locale = anonymousAdmin ? null : from.LanguageCode;
        var address = new ReplyAddress(message.Chat.Id, thread, LanguageCodes.FromLocale(locale));
        return new UpdateRoute(RouteKind.Dialogue, "group command")
        {
            ChatId = message.Chat.Id,
            ThreadId = thread,
            Locale = locale,
            ModeratorCandidateUserId = isModeratorCommand && !anonymousAdmin ? from.Id : null,
            Message = new IncomingMessage
            {
                Key = new ConversationKey(Platform.Telegram, Id(senderId)),
                MessageId = Id(updateId),
                ReplyAddress = address.Format(),
                IsDirect = false,
                Text = command,
                Locale = locale,
                ChannelId = Id(message.Chat.Id),
                Community = Id(message.Chat.Id),
                IsModerator = isModeratorCommand && anonymousAdmin,
            },
        };
    }

    private static UpdateRoute MapMembership(ChatMemberUpdated change)
    {
        if (change.Chat is null || change.NewChatMember is null)
        {
            return UpdateRoute.Ignore("my_chat_member without chat or member");
        }

        var status = change.NewChatMember.Status;
        var kind = status is ChatMemberStatus.Kicked or ChatMemberStatus.Left ? RouteKind.Blocked : RouteKind.Unblocked;
        return new UpdateRoute(kind, "my_chat_member " + status) { ChatId = change.Chat.Id };
    }

    private static bool IsContent(MessageType type) => type is MessageType.Photo or MessageType.Sticker or MessageType.Audio
        or MessageType.Video or MessageType.Voice or MessageType.Document or MessageType.Animation or MessageType.VideoNote
        or MessageType.Dice or MessageType.Location or MessageType.Contact or MessageType.Venue or MessageType.Poll
        or MessageType.Story or MessageType.Game or MessageType.PaidMedia or MessageType.Checklist or MessageType.LivePhoto;

    internal static string Id(long value) => value.ToString(CultureInfo.InvariantCulture);
}
