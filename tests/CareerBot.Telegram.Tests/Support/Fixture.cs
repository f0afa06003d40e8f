using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace CareerBot.Telegram.Tests.Support;

/// <summary>Reads the fixture files copied next to the tests; bare Message/CallbackQuery/InlineQuery/ChosenInlineResult files are wrapped into an Update.</summary>
internal static class Fixture
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static Update Update(string name)
    {
        var json = Text(name);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (!root.TryGetProperty("update_id", out _))
        {
            var field = root.TryGetProperty("chat_instance", out _) ? "callback_query"
                : root.TryGetProperty("result_id", out _) ? "chosen_inline_result"
                : root.TryGetProperty("query", out _) ? "inline_query"
                : "message";
            json = $"{{\"update_id\":77,\"{field}\":{json}}}";
        }

        return JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options)!;
    }

    public static IEnumerable<string> UpdateFiles() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.json")
            .Select(Path.GetFileName)
            .Where(name => !name!.StartsWith("telegram_error_", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)!;
}
