namespace CareerBot.Core.Messaging;

/// <summary>Cuts a text to a platform's limit with an ellipsis, never between the two halves of a surrogate pair.</summary>
/// <remarks>A lone surrogate cannot be stored (LiteDB) or sent (JSON): Telegram and Discord refuse the whole request.</remarks>
public static class TextCut
{
    public const string Ellipsis = "…";

    /// <summary>The text itself when it has at most <paramref name="max"/> UTF-16 units, else its start and "…" in that many.</summary>
    public static string ToLength(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        if (text.Length <= max)
        {
            return text;
        }

        var keep = max - Ellipsis.Length;
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return string.Concat(text.AsSpan(0, keep), Ellipsis);
    }
}
