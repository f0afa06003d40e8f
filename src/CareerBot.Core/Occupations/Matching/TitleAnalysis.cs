namespace CareerBot.Core.Occupations.Matching;

/// <summary>Reads a vocabulary title into its distinct word stems and the stem naming the job (its head).</summary>
internal static class TitleAnalysis
{
    // English titles end in the job noun unless a joiner follows it ("Teacher of English"); Dutch ones, and activity
    // phrases ("fix cars"), start with it.
    public static (string[] Stems, string Head) Analyze(string variant, bool headFirst, Dictionary<string, string> cache)
    {
        var tokens = TitleText.Tokenize(variant);
        var stems = new List<string>(tokens.Count);
        var head = string.Empty;
        var joinerSeen = false;
        foreach (var token in tokens)
        {
            if (FillerWords.Joiners.Contains(token))
            {
                joinerSeen |= token is "of" or "for" && stems.Count > 0;
                continue;
            }

            if (!cache.TryGetValue(token, out var stem))
            {
                stem = TokenStemmer.Stem(token);
                cache[token] = stem;
            }

            if (headFirst ? stems.Count == 0 : !joinerSeen)
            {
                head = stem;
            }

            if (!stems.Contains(stem))
            {
                stems.Add(stem);
            }
        }

        return ([.. stems], head);
    }

    /// <summary>The same words in any order give the same key.</summary>
    public static string Key(string[] stems)
    {
        if (stems.Length == 1)
        {
            return stems[0];
        }

        var sorted = (string[])stems.Clone();
        Array.Sort(sorted, StringComparer.Ordinal);
        return string.Join(' ', sorted);
    }
}
