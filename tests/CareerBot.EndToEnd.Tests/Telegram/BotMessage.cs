using System.Text.Json.Nodes;

namespace CareerBot.EndToEnd.Tests.Telegram;

/// <summary>A message the bot sent, as the emulator holds it now (after edits).</summary>
internal sealed record BotMessage(int MessageId, long ChatId, string Text, int Edited, int? ThreadId, IReadOnlyList<(string Text, string? Data, string? Url)> Buttons)
{
    public static BotMessage From(JsonNode node) => new(
        node["message_id"]!.GetValue<int>(),
        node["chat"]!["id"]!.GetValue<long>(),
        node["text"]?.GetValue<string>() ?? "",
        node["edited"]?.GetValue<int>() ?? 0,
        node["message_thread_id"]?.GetValue<int>(),
        (node["reply_markup"]?["inline_keyboard"]?.AsArray() ?? [])
            .SelectMany(row => row!.AsArray())
            .Select(b => (b!["text"]!.GetValue<string>(), b["callback_data"]?.GetValue<string>(), b["url"]?.GetValue<string>()))
            .ToList());

    public bool HasChoices => Buttons.Any(b => b.Data is not null);
}
