namespace CareerBot.Telegram.Sending;

/// <summary>Cuts text into pieces Telegram accepts (≤ 4096 UTF-16 units), preferring paragraph, line and word breaks.</summary>
internal static class MessageSplitter
{
    public const int MaxLength = 4096;

    public static IReadOnlyList<string> Split(string text, int maxLength = MaxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            // Telegram rejects empty text; a reply that only carries buttons still needs a line.
            return ["…"];
        }

        var parts = new List<string>();
        var rest = text.AsSpan();
        while (rest.Length > maxLength)
        {
            var cut = FindCut(rest[..maxLength]);
            var head = rest[..cut].TrimEnd();
            if (head.Length > 0)
            {
                parts.Add(head.ToString());
            }

            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            parts.Add(rest.ToString());
        }

        return parts;
    }

    private static int FindCut(ReadOnlySpan<char> window)
    {
        var minimum = window.Length / 2;
        foreach (var separator in new[] { "\n\n", "\n", " " })
        {
            var at = window.LastIndexOf(separator.AsSpan());
            if (at >= minimum)
            {
                return at + separator.Length;
            }
        }

        // No break: cut hard, but never between the two halves of a surrogate pair (emoji).
        var cut = window.Length;
        return char.IsHighSurrogate(window[cut - 1]) ? cut - 1 : cut;
    }
}
