using System.Text.Json.Nodes;

namespace CareerBot.EndToEnd.Tests.Telegram;

/// <summary>
/// A message the bot sent, as the emulator holds it now (after edits). A photo's caption is its <see cref="Text"/>
/// (what the person reads), and <see cref="Photo"/> says what was uploaded.
/// </summary>
internal sealed record BotMessage(int MessageId, long ChatId, string Text, int Edited, int? ThreadId, IReadOnlyList<(string Text, string? Data, string? Url)> Buttons)
{
    /// <summary>The uploaded photo, or null for a text message.</summary>
    public SentPhoto? Photo { get; init; }

    public static BotMessage From(JsonNode node) => new(
        node["message_id"]!.GetValue<int>(),
        node["chat"]!["id"]!.GetValue<long>(),
        node["text"]?.GetValue<string>() ?? node["caption"]?.GetValue<string>() ?? "",
        node["edited"]?.GetValue<int>() ?? 0,
        node["message_thread_id"]?.GetValue<int>(),
        (node["reply_markup"]?["inline_keyboard"]?.AsArray() ?? [])
            .SelectMany(row => row!.AsArray())
            .Select(b => (b!["text"]!.GetValue<string>(), b["callback_data"]?.GetValue<string>(), b["url"]?.GetValue<string>()))
            .ToList())
    {
        Photo = node["upload"] is { } upload ? SentPhoto.From(upload) : null,
    };

    public bool HasChoices => Buttons.Any(b => b.Data is not null);
}
