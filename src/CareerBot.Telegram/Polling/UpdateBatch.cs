using Telegram.Bot.Types;

namespace CareerBot.Telegram.Polling;

/// <summary>Splits a getUpdates batch by chat so chats run concurrently while each chat keeps its order.</summary>
internal static class UpdateBatch
{
    public static IEnumerable<Update[]> ByChat(IEnumerable<Update> updates) =>
        updates.OrderBy(u => u.Id).GroupBy(ChatOf).Select(g => g.ToArray());

    // Every link may be missing in a malformed update; such an update goes to chat 0 and its route ignores it.
    public static long ChatOf(Update update) =>
        update.Message?.Chat?.Id
        ?? update.CallbackQuery?.Message?.Chat?.Id
        ?? update.CallbackQuery?.From?.Id
        ?? update.MyChatMember?.Chat?.Id
        ?? update.EditedMessage?.Chat?.Id
        ?? update.InlineQuery?.From?.Id
        ?? update.ChosenInlineResult?.From?.Id
        ?? 0;
}
