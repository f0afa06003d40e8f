using System.Globalization;
using System.Text;

namespace CareerBot.Core.Occupations.Matching;

/// <summary>Turns typed text into lower-case ASCII-folded word tokens, the same way for titles and queries.</summary>
internal static class TitleText
{
    public static List<string> Tokenize(string text)
    {
        var folded = Fold(text);
        var tokens = new List<string>();
        Span<char> buffer = stackalloc char[64];
        var length = 0;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                // Words longer than the buffer are no job title words; they are kept, cut short, as unknown words.
                if (length < buffer.Length)
                {
                    buffer[length++] = char.ToLowerInvariant(c);
                }
            }
            else if (c is '\'' or '\u2019' or '`' or '\u00b4')
            {
                // "zzp'er", "I'm", "don't": the apostrophe joins, it does not split.
                continue;
            }
            else if (length > 0)
            {
                tokens.Add(new string(buffer[..length]));
                length = 0;
            }
        }

        if (length > 0)
        {
            tokens.Add(new string(buffer[..length]));
        }

        return tokens;
    }

    /// <summary>Removes accents ("caissière" → "caissiere", "inspiciënt" → "inspicient").</summary>
    public static string Fold(string text)
    {
        var ascii = true;
        foreach (var c in text)
        {
            if (c > 127)
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            return text;
        }

        var decomposed = Decompose(text);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'ß' => "ss",
                'æ' or 'Æ' => "ae",
                'ø' or 'Ø' => "o",
                'œ' or 'Œ' => "oe",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    private static string Decompose(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            // Lone surrogates and noncharacters (U+FFFF) cannot be normalised; they are no letters, so the raw text still tokenizes.
            return text;
        }
    }
}
