using System.Text;

namespace CareerBot.EndToEnd.Tests.Telegram.Soak;

/// <summary>
/// Evidence for every chat that went wrong (duplicate, loss, unexpected reply, person gave up): the emulator's log of
/// that chat (user actions, sends, injected faults) and the bot's log lines naming it. Written next to the table.
/// </summary>
internal static class AnomalyLog
{
    public static async Task<string> BuildAsync(
        SoakEmulator emulator, IReadOnlyList<(long ChatId, ChatTally Tally, PersonResult Person)> chats, IEnumerable<string> botOutputs, IReadOnlyList<long> kills)
    {
        var text = new StringBuilder();
        var lines = botOutputs.SelectMany(o => o.Split('\n')).ToList();
        text.AppendLine("kills (unix ms): " + string.Join(", ", kills));
        foreach (var (chatId, tally, person) in chats.Where(c => c.Tally.Duplicated + c.Tally.Lost + c.Tally.Unexpected > 0 || c.Person.GaveUp is not null).Take(25))
        {
            text.AppendLine();
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"== chat {chatId}: expected {tally.Expected}, delivered {tally.Delivered}, duplicated {tally.Duplicated}, lost {tally.Lost}, unexpected {tally.Unexpected}; {person.GaveUp ?? "finished"}");
            foreach (var extra in tally.Extra)
            {
                text.AppendLine("   extra copy: " + Short(extra));
            }

            foreach (var entry in await emulator.ChatLogAsync(chatId, CancellationToken.None))
            {
                text.AppendLine("   emulator " + entry);
            }

            var id = chatId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var line in lines.Where(l => l.Contains(id, StringComparison.Ordinal)).Take(40))
            {
                text.AppendLine("   bot " + line.Trim());
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Where a duplicate came from. A SIGKILL issued within a second before Telegram accepted the first copy (the kill
    /// takes some milliseconds to land) or after it, before the next copy, means the bot died between Telegram taking the
    /// message and the bot recording that: the Bot API has no idempotency key, so that copy is resent after the restart.
    /// </summary>
    public static (string Note, bool KillWindow) DuplicateNote(long chatId, string text, IReadOnlyList<BotMessage> messages, Dictionary<int, (int Id, long ChatId, long Time)> sent, IReadOnlyList<long> kills)
    {
        var copies = messages.Where(m => SoakScript.Sent(m) == text).Select(m => sent.TryGetValue(m.MessageId, out var s) ? s.Time : 0).ToList();
        var kill = kills.Where(k => k >= copies[0] - 1000 && k <= copies[^1]).Select(k => (long?)k).FirstOrDefault();
        var where = kill is { } at ? $"first copy accepted {copies[0] - at} ms after a SIGKILL was issued, resent after the restart" : "no kill near it";
        return ($"chat {chatId}: {copies.Count}× \"{Short(text)}\" — {where}", kill is not null);
    }

    private static string Short(string text) => text[..Math.Min(50, text.Length)].ReplaceLineEndings(" ");
}
