namespace CareerBot.Telegram.Sending;

/// <summary>What fits under a photo: Telegram takes a caption of at most 1024 characters (counted here in UTF-16 units, never more than Telegram counts).</summary>
internal static class PhotoCaption
{
    public const int MaxLength = 1024;

    public static bool Fits(string text) => string.IsNullOrWhiteSpace(text) || text.Length <= MaxLength;

    /// <summary>The caption for a text that fits; none for a blank one (a photo needs no words).</summary>
    public static string? For(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
