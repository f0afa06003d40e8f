using Telegram.Bot.Types.Enums;

namespace CareerBot.Telegram;

/// <summary>The update types the bot asks for, the same whether it polls (getUpdates) or is pushed to (setWebhook).</summary>
internal static class SubscribedUpdates
{
    public static readonly UpdateType[] All = [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery, UpdateType.MyChatMember, UpdateType.InlineQuery, UpdateType.ChosenInlineResult];
}
