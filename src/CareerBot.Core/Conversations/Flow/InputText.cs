using System.Text;
using CareerBot.Core.Messaging;

namespace CareerBot.Core.Conversations.Flow;

/// <summary>Makes typed text safe to reason about: trimmed, control, format and noncharacters removed, whitespace collapsed.</summary>
internal static class InputText
{
    /// <summary>Texts longer than this are cut before cleaning; the engine refuses anything past its own, smaller limit.</summary>
    private const int HardLimit = 20_000;

    /// <summary>Text said back to the person ("I don't have \"…\""): at most <paramref name="limit"/> characters and an ellipsis.</summary>
    public static string Echo(string text, int limit = 60) => TextCut.ToLength(text, limit + TextCut.Ellipsis.Length);

    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var source = text.Length <= HardLimit ? text : text[..HardLimit];
        var builder = new StringBuilder(source.Length);
        var pendingSpace = false;
        foreach (var rune in source.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (rune.Value == 0xFFFD || IsNoncharacter(rune) || Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.Format && rune.Value != 0x200D)
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    // U+FFFE, U+FFFF (and their twins in every plane) and U+FDD0–U+FDEF are not for interchange: string.Normalize
    // rejects them, so they would break every later step that folds accents.
    private static bool IsNoncharacter(Rune rune) => (rune.Value & 0xFFFE) == 0xFFFE || rune.Value is >= 0xFDD0 and <= 0xFDEF;
}
