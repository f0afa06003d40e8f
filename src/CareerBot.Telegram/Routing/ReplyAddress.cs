using System.Globalization;
using CareerBot.Core.Texts;

namespace CareerBot.Telegram.Routing;

/// <summary>Where a reply goes: chat, forum topic (only for real topic messages) and the language for adapter-made labels.</summary>
internal sealed record ReplyAddress(long ChatId, int? ThreadId, Language Language)
{
    public string Format() =>
        string.Create(CultureInfo.InvariantCulture, $"tg|{ChatId}|{ThreadId}|{Language.ToCode()}");

    public static ReplyAddress? TryParse(string? value)
    {
        var parts = value?.Split('|');
        if (parts is not { Length: 4 } || parts[0] != "tg"
            || !long.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId))
        {
            return null;
        }

        int? thread = int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? t : null;
        return new ReplyAddress(chatId, thread, LanguageCodes.FromLocale(parts[3]));
    }
}
