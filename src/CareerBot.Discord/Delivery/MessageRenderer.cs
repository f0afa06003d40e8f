using CareerBot.Core.Messaging;
using CareerBot.Discord.Entities;
using CareerBot.Discord.Rest;

namespace CareerBot.Discord.Delivery;

/// <summary>
/// Turns an <see cref="OutgoingMessage"/> into Discord message bodies: plain text split at 2000 characters,
/// choices as buttons (≤ 5 per row, ≤ 5 rows) on the last part, mentions never parsed.
/// </summary>
internal static class MessageRenderer
{
    public const int MaxContent = 2000;
    public const int MaxCustomId = 100;
    public const int MaxLabel = 80;
    private const int ButtonsPerRow = 5;
    private const int MaxRows = 5;

    public static IReadOnlyList<MessagePayload> Render(OutgoingMessage message, IReadOnlyList<DiscordComponent>? extraButtons = null, int? flags = null)
    {
        var buttons = message.Choices
            .Where(c => c.Payload.Length is > 0 and <= MaxCustomId)
            .Select(c => new DiscordComponent { Type = 2, Style = 1, Label = Label(c.Label), CustomId = c.Payload })
            .Concat(extraButtons ?? [])
            .Take(ButtonsPerRow * MaxRows)
            .ToList();
        var rows = buttons.Chunk(ButtonsPerRow).Select(row => new DiscordComponent { Type = 1, Components = row }).ToList();
        var parts = Split(string.IsNullOrWhiteSpace(message.Text) ? "…" : message.Text);
        return parts
            .Select((part, i) => new MessagePayload
            {
                Content = part,
                Components = i == parts.Count - 1 ? rows : null,
                Flags = flags,
            })
            .ToList();
    }

    public static DiscordComponent LinkButton(string label, string url) => new() { Type = 2, Style = 5, Label = Label(label), Url = url };

    public static DiscordComponent Button(string label, string customId) => new() { Type = 2, Style = 2, Label = Label(label), CustomId = customId };

    /// <summary>The source message's buttons, all disabled and the pressed one highlighted (so a choice can't be made twice).</summary>
    public static IReadOnlyList<DiscordComponent> DisableButtons(IReadOnlyList<DiscordComponent> rows, string? pressed) =>
        rows.OfType<DiscordComponent>().Select(row => row with // OfType: a null row or button (malformed payload) is left out
        {
            Components = row.Components?.OfType<DiscordComponent>().Select(c => c.Type == 2
                ? c with { Disabled = true, Style = c.CustomId == pressed && c.Style != 5 ? 3 : c.Style }
                : c).ToList(),
        }).ToList();

    private static string Label(string label)
    {
        var text = string.IsNullOrWhiteSpace(label) ? "…" : label.Trim();
        return text.Length <= MaxLabel ? text : text[..(MaxLabel - 1)] + "…";
    }

    private static List<string> Split(string text)
    {
        var parts = new List<string>();
        var rest = text;
        while (rest.Length > MaxContent)
        {
            // Prefer a line break, then a space; never cut a surrogate pair in two.
            var cut = rest.LastIndexOf('\n', MaxContent - 1);
            if (cut < MaxContent / 2)
            {
                cut = rest.LastIndexOf(' ', MaxContent - 1);
            }

            if (cut < MaxContent / 2)
            {
                cut = char.IsHighSurrogate(rest[MaxContent - 1]) ? MaxContent - 1 : MaxContent;
            }

            parts.Add(rest[..cut]);
            rest = rest[cut..].TrimStart('\n', ' ');
        }

        parts.Add(rest.Length == 0 ? "…" : rest);
        return parts;
    }
}
