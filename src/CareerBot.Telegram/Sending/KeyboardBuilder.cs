using System.Text;
using CareerBot.Core.Messaging;
using CareerBot.Core.Texts;
using CareerBot.Telegram.Routing;
using Telegram.Bot.Types.ReplyMarkups;

namespace CareerBot.Telegram.Sending;

/// <summary>Renders choices as an inline keyboard (one button per row) and adds the deep link to a private chat.</summary>
internal static class KeyboardBuilder
{
    private const int MaxCallbackBytes = 64;

    /// <param name="chatId">The chat the reply goes to: a group's "continue privately" link names that group.</param>
    public static InlineKeyboardMarkup? Build(OutgoingMessage message, BotIdentity bot, Language language, long chatId)
    {
        var rows = new List<InlineKeyboardButton[]>();
        foreach (var choice in message.Choices)
        {
            // callback_data is 1–64 bytes; a longer payload would make Telegram reject the whole message.
            var bytes = Encoding.UTF8.GetByteCount(choice.Payload);
            if (bytes is > 0 and <= MaxCallbackBytes)
            {
                rows.Add([InlineKeyboardButton.WithCallbackData(Label(choice.Label), choice.Payload)]);
            }
        }

        if (message.InvitesPrivateChat)
        {
            rows.Add([InlineKeyboardButton.WithUrl(TelegramTexts.ContinuePrivately(language), bot.DeepLink(StartPayload.ForChat(chatId, bot.GroupLinks)))]);
        }

        return rows.Count == 0 ? null : new InlineKeyboardMarkup(rows);
    }

    private static string Label(string label) => string.IsNullOrWhiteSpace(label) ? "…" : label;
}
