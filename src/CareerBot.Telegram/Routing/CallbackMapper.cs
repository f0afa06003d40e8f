using CareerBot.Core.Messaging;
using CareerBot.Core.Texts;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace CareerBot.Telegram.Routing;

/// <summary>Translates a pressed inline button; every callback query carries a <see cref="PressedButton"/> so it gets answered.</summary>
internal static class CallbackMapper
{
    public static UpdateRoute Map(int updateId, CallbackQuery query)
    {
        var answerOnly = new PressedButton(query.Id, null, null, null, null);
        if (query.Data is not { Length: > 0 } data)
        {
            return UpdateRoute.Ignore("callback without data") with { Button = answerOnly };
        }

        if (query.Message is not { } message)
        {
            return UpdateRoute.Ignore("callback from an inline-mode message") with { Button = answerOnly };
        }

        // Missing despite the library's annotations: a malformed query is answered (so the spinner stops) and nothing more.
        if (query.From is null || message.Chat is null)
        {
            return UpdateRoute.Ignore("callback without sender or chat") with { Button = answerOnly };
        }

        // An inaccessible message (older than 48 h) comes with date 0: answer the query, but there is nothing to edit.
        var accessible = message.Date != default;
        var label = message.ReplyMarkup?.InlineKeyboard?.SelectMany(row => row ?? []).FirstOrDefault(b => b?.CallbackData == data)?.Text;
        var button = accessible
            ? new PressedButton(query.Id, message.Chat.Id, message.Id, message.Text ?? message.Caption, label, OnCaption: message.Text is null && message.Caption is not null)
            : answerOnly with { ChatId = message.Chat.Id };
        var isDirect = message.Chat.Type == ChatType.Private;
        int? thread = message.IsTopicMessage ? message.MessageThreadId : null;
        var locale = query.From.LanguageCode;
        var address = new ReplyAddress(message.Chat.Id, thread, LanguageCodes.FromLocale(locale));
        return new UpdateRoute(RouteKind.Dialogue, "button")
        {
            ChatId = message.Chat.Id,
            ThreadId = thread,
            Locale = locale,
            Button = button,
            Message = new IncomingMessage
            {
                Key = new ConversationKey(Platform.Telegram, TelegramUpdateMapper.Id(query.From.Id)),
                MessageId = TelegramUpdateMapper.Id(updateId),
                ReplyAddress = address.Format(),
                IsDirect = isDirect,
                ChoicePayload = data,
                Locale = locale,
                ChannelId = isDirect ? null : TelegramUpdateMapper.Id(message.Chat.Id),
                Community = isDirect ? null : TelegramUpdateMapper.Id(message.Chat.Id),
            },
        };
    }
}
