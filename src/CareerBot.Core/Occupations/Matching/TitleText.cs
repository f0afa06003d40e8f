using System.Globalization;
using System.Text;

namespace CareerBot.Core.Occupations.Matching;

/// <summary>Turns typed text into lower-case ASCII-folded word tokens, the same way for titles and queries.</summary>
internal static class TitleText
{
    public static List<string> Tokenize(string text) => Tokenize(text, null);

    /// <summary>Tokenizes and, when <paramref name="clauseStarts"/> is given, adds the index of each token that follows a clause mark (". , ; ! ?").</summary>
    public static List<string> Tokenize(string text, List<int>? clauseStarts)
    {
        var folded = Fold(text);
        var tokens = new List<string>();
        Span<char> buffer = stackalloc char[64];
        var length = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (char.IsLetterOrDigit(c))
            {
                // Words longer than the buffer are no job title words; they are kept, cut short, as unknown words.
                if (length < buffer.Length)
                {
                    buffer[length++] = char.ToLowerInvariant(c);
                }

                continue;
            }

            if (c is '\'' or '\u2019' or '`' or '\u00b4')
            {
                // "zzp'er", "I'm", "don't": the apostrophe joins, it does not split.
                continue;
            }

            if (length > 0)
            {
                tokens.Add(new string(buffer[..length]));
                length = 0;
            }

            if (clauseStarts is not null && tokens.Count > 0 && IsClauseMark(folded, i) && (clauseStarts.Count == 0 || clauseStarts[^1] != tokens.Count))
            {
                clauseStarts.Add(tokens.Count);
            }
        }

        if (length > 0)
        {
            tokens.Add(new string(buffer[..length]));
        }

        if (clauseStarts is { Count: > 0 } && clauseStarts[^1] >= tokens.Count)
        {
            clauseStarts.RemoveAt(clauseStarts.Count - 1);
        }

        return tokens;
    }

    // A dash between spaces parts clauses ("paralegal - 6 years"); one inside a word ("x-ray", "hr-medewerker") does not.
    private static bool IsClauseMark(string text, int i) => text[i] switch
    {
        '.' or ',' or ';' or ':' or '!' or '?' or '(' or ')' or '"' or '\n' or '\u201c' or '\u201d' => true,
        '-' or '\u2013' or '\u2014' => (i == 0 || char.IsWhiteSpace(text[i - 1])) && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])),
        _ => false,
    };

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
