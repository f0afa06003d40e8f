namespace CareerBot.Core.Occupations.Matching;

/// <summary>
/// A light stemmer shared by English and Dutch: plural and feminine endings only, applied the same way to titles
/// and queries, so "nurses"/"nurse", "docenten"/"docente"/"docent" and "leraren"/"leraar" meet.
/// </summary>
internal static class TokenStemmer
{
    public static string Stem(string token)
    {
        if (token.Length <= 3 || !char.IsLetter(token[^1]))
        {
            return token;
        }

        var stem = token;
        if (stem.EndsWith("ies", StringComparison.Ordinal) && stem.Length > 4)
        {
            stem = stem[..^3] + "y";
        }
        else if (stem.EndsWith("sses", StringComparison.Ordinal) || stem.EndsWith("uses", StringComparison.Ordinal))
        {
            stem = stem[..^2];
        }
        else if (stem.EndsWith("ches", StringComparison.Ordinal) || stem.EndsWith("shes", StringComparison.Ordinal) || stem.EndsWith("xes", StringComparison.Ordinal))
        {
            stem = stem[..^2];
        }
        else if (stem.EndsWith("en", StringComparison.Ordinal) && stem.Length > 5)
        {
            stem = DutchPluralBase(stem[..^2]);
        }
        else if (stem[^1] == 's' && !stem.EndsWith("ss", StringComparison.Ordinal) && !stem.EndsWith("us", StringComparison.Ordinal) && !stem.EndsWith("is", StringComparison.Ordinal))
        {
            stem = stem[..^1];

            // "elektriciens" meets "elektricien", whose -en the branch above reads as a Dutch plural.
            if (stem.EndsWith("en", StringComparison.Ordinal) && stem.Length > 5)
            {
                stem = DutchPluralBase(stem[..^2]);
            }
        }

        if (stem.Length > 4 && stem[^1] == 'e')
        {
            stem = stem[..^1];
        }

        return stem;
    }

    // "bakk" → "bak" (bakken), "lerar" → "leraar" (leraren): undo Dutch spelling changes before -en.
    private static string DutchPluralBase(string stem)
    {
        if (stem.Length >= 3 && stem[^1] == stem[^2] && !IsVowel(stem[^1]))
        {
            return stem[..^1];
        }

        if (stem.Length >= 4 && !IsVowel(stem[^1]) && IsVowel(stem[^2]) && stem[^2] != 'i' && !IsVowel(stem[^3]))
        {
            return string.Concat(stem.AsSpan(0, stem.Length - 1), stem.AsSpan(stem.Length - 2));
        }

        return stem;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
