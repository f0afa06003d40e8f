using System.Globalization;
using System.Text;

namespace CareerBot.Core.Understanding;

/// <summary>
/// Normalises chat text for phrase matching (safety triage, answers, slots): lower case, no diacritics (suïcide → suicide), contractions joined (can't → cant),
/// words separated by single spaces, and clause punctuation (. , ! ? ; : line breaks) kept as " | " so phrases never span clauses.
/// </summary>
internal static class ChatText
{
    public const char ClauseBreak = '|';

    public static string Normalize(string text)
    {
        // U+00B4 (acute accent) would decompose into a space plus a mark, so it becomes an apostrophe first.
        var decomposed = Decompose(text.Replace('\u00B4', '\''));
        var result = new StringBuilder(decomposed.Length + 1);
        var pendingSpace = false;
        var pendingBreak = false;
        foreach (var c in decomposed)
        {
            if (IsApostrophe(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (result.Length > 0 && pendingBreak)
                {
                    result.Append(' ').Append(ClauseBreak).Append(' ');
                }
                else if (result.Length > 0 && pendingSpace)
                {
                    result.Append(' ');
                }

                result.Append(char.ToLowerInvariant(c));
                pendingSpace = pendingBreak = false;
            }
            else if (IsClauseBreak(c))
            {
                pendingBreak = true;
            }
            else
            {
                pendingSpace = true;
            }
        }

        if (pendingBreak && result.Length > 0)
        {
            result.Append(' ').Append(ClauseBreak);
        }

        return result.ToString();
    }

    private static string Decompose(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            // Lone surrogates (binary garbage) cannot be normalised; they are not letters, so the raw text still works.
            return text;
        }
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`' or '\u02BC';

    // Quotation marks too: quoted words ("ik hoef niet meer", she said) are a clause of their own.
    private static bool IsClauseBreak(char c) => c is '.' or ',' or '!' or '?' or ';' or ':' or '\n' or '\r' or '\u2026' or '\u3002' or '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB';
}
