using CareerBot.Core.Conversations.Commands;

namespace CareerBot.Core.Conversations;

/// <summary>A slash command as typed ("/risk@CareerBot nurse" → Name "risk", Argument "nurse").</summary>
internal sealed record BotCommand(string Name, string Argument)
{
    /// <summary>
    /// Parses a command only when the text starts with '/' followed by a letter: "help desk" or "stop-motion animator" stay job titles.
    /// </summary>
    public static BotCommand? Parse(string text)
    {
        if (text.Length < 2 || text[0] != '/' || !char.IsAsciiLetter(text[1]))
        {
            return null;
        }

        var end = 1;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        var word = text[1..end];
        var at = word.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            word = word[..at];
        }

        return new BotCommand(word.ToLowerInvariant(), text[end..].Trim());
    }

    public static BotCommand? FromPayload(string? payload) =>
        Payloads.ValueAfter(payload, Payloads.Command) is { Length: > 0 } name ? new BotCommand(name, string.Empty)
        : Payloads.ValueAfter(payload, Payloads.Risk) is { Length: > 0 } soc ? new BotCommand(PickedRisk, soc)
        : Payloads.ValueAfter(payload, Payloads.More) is { Length: > 0 } more ? new BotCommand(MoreDetails, more)
        : null;

    /// <summary>A job picked from a /risk "did you mean" list (never typed: it starts with no slash).</summary>
    public const string PickedRisk = CommandNames.Risk + " pick";

    /// <summary>"More" under an answer card (never typed either).</summary>
    public const string MoreDetails = CommandNames.Risk + " more";
}
