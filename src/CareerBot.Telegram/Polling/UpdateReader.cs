using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace CareerBot.Telegram.Polling;

/// <summary>Reads a raw getUpdates batch item by item: an unreadable update is logged and skipped, and its id still counts for the offset.</summary>
internal static class UpdateReader
{
    public static ReadUpdates Read(IReadOnlyList<JsonElement> items, ILogger logger)
    {
        var updates = new List<Update>(items.Count);
        int? highest = null;
        foreach (var item in items)
        {
            var id = IdOf(item);
            if (id is { } value)
            {
                highest = Math.Max(highest ?? value, value);
            }

            try
            {
                if (id is not null && item.Deserialize<Update>(JsonBotAPI.Options) is { } update)
                {
                    updates.Add(update);
                    continue;
                }

                Log.UpdateUnreadable(logger, Describe(id), "$.update_id");
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException or ArgumentException or FormatException or OverflowException)
            {
                // The path says which field was wrong; the message could quote what the person wrote, so it is not logged.
                Log.UpdateUnreadable(logger, Describe(id), (ex as JsonException)?.Path ?? ex.GetType().Name);
            }
        }

        return new ReadUpdates([.. updates], highest);
    }

    private static int? IdOf(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty("update_id", out var id)
            && id.ValueKind == JsonValueKind.Number && id.TryGetInt32(out var value)
            ? value
            : null;

    private static string Describe(int? id) => id?.ToString(CultureInfo.InvariantCulture) ?? "without id";
}
