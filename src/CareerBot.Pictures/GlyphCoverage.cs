using System.Globalization;
using System.Text;
using SkiaSharp;

namespace CareerBot.Pictures;

/// <summary>
/// Which characters the shipped typefaces can draw. The renderer replaces the others with "?" rather than draw an empty
/// box ("tofu"); tests use the same check to prove the real texts need no replacement.
/// </summary>
internal static class GlyphCoverage
{
    public const char Replacement = '?';

    /// <summary>The text elements (user-perceived characters) of <paramref name="text"/> that regular or bold cannot draw.</summary>
    public static IReadOnlyList<string> Missing(string text)
    {
        var missing = new List<string>();
        var elements = StringInfo.GetTextElementEnumerator(text.Normalize(NormalizationForm.FormC));
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (!IsControl(element) && !CanDraw(element))
            {
                missing.Add(element);
            }
        }

        return missing;
    }

    /// <summary>
    /// <paramref name="text"/> composed (NFC), with control characters as spaces and every text element the typefaces
    /// cannot draw replaced by <see cref="Replacement"/>; <paramref name="replaced"/> counts the replacements.
    /// </summary>
    public static string Printable(string text, out int replaced)
    {
        replaced = 0;
        var composed = text.Normalize(NormalizationForm.FormC);
        if (composed.All(c => c is >= ' ' and <= '~'))
        {
            return composed; // printable ASCII: the common case, covered by any Latin typeface
        }

        var printable = new StringBuilder(composed.Length);
        var elements = StringInfo.GetTextElementEnumerator(composed);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (IsControl(element))
            {
                printable.Append(' ');
            }
            else if (CanDraw(element))
            {
                printable.Append(element);
            }
            else
            {
                printable.Append(Replacement);
                replaced++;
            }
        }

        return printable.ToString();
    }

    private static bool IsControl(string element) => element.Length == 1 && char.IsControl(element[0]) || element == "\r\n";

    private static bool CanDraw(string element)
    {
        for (var i = 0; i < element.Length; i += char.IsSurrogatePair(element, i) ? 2 : 1)
        {
            var codePoint = char.ConvertToUtf32(element, i);
            if (!Has(CardFonts.Regular, codePoint) || !Has(CardFonts.Bold, codePoint))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Has(SKTypeface typeface, int codePoint) => typeface.GetGlyph(codePoint) != 0;
}
