namespace CareerBot.Core.Occupations.Matching;

/// <summary>
/// Words and phrases that say someone is not in paid work ("stay at home mum", "met pensioen", "on maternity leave"):
/// the matcher reads past them, so "housewife" alone matches nothing while "ex-nurse, now a housewife" still finds the nurse.
/// </summary>
internal static class NotInWork
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "housewife", "househusband", "homemaker", "pensioner", "retiree", "jobless", "redundant", "unemployment", "dole",
        "maternity", "paternity", "sabbatical", "furlough", "furloughed", "huisvrouw", "huisman", "thuisblijfmoeder",
        "thuisblijfvader", "thuisblijfouder", "pensioen", "gepensioneerde", "uitkering", "bijstand", "ziektewet",
        "wajong", "werkloze", "werkzoekend", "werkzoekende", "ontslagen", "zwangerschapsverlof", "ouderschapsverlof",
    };

    // Family and status words that are also parts of titles ("House Mother", "Foster Parent"): read past only when
    // nothing else is said ("I'm a mum").
    private static readonly HashSet<string> AloneWords = new(StringComparer.Ordinal)
    {
        "mum", "mom", "mummy", "mommy", "dad", "daddy", "mother", "father", "parent", "kids", "children", "benefits",
        "disabled", "disability", "holiday", "vacation", "moeder", "vader", "mama", "papa", "ouder", "kinderen",
        "vakantie", "thuis", "home",
    };

    // Multi-word frames, as tokens; each is read past as a whole.
    private static readonly string[][] Phrases =
    [
        ["stay", "at", "home"], ["stay", "home"], ["sick", "leave"], ["on", "leave"], ["out", "of", "work"],
        ["no", "work"], ["made", "redundant"], ["laid", "off"], ["met", "pensioen"], ["in", "de", "ziektewet"],
        ["zit", "thuis"], ["thuis", "zitten"], ["zonder", "werk"], ["geen", "werk"], ["zoek", "werk"], ["in", "de", "ww"],
        ["in", "school"], ["go", "to", "school"], ["go", "to", "university"], ["go", "to", "uni"], ["go", "to", "college"],
        ["zit", "op", "school"], ["ga", "naar", "school"], ["zorg", "voor", "mijn"], ["look", "after", "my"],
    ];

    /// <summary>Marks the tokens that belong to a not-in-work word or phrase; <paramref name="isContent"/> tells job words from filler.</summary>
    public static bool[] Mark(List<string> tokens, Func<string, bool> isContent)
    {
        var marked = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            marked[i] |= Words.Contains(tokens[i]);
            foreach (var phrase in Phrases)
            {
                if (i + phrase.Length <= tokens.Count && Matches(tokens, i, phrase))
                {
                    // "stay at home mum": the family word after a status phrase belongs to it.
                    var end = i + phrase.Length;
                    var length = end < tokens.Count && AloneWords.Contains(tokens[end]) ? phrase.Length + 1 : phrase.Length;
                    Array.Fill(marked, true, i, length);
                }
            }
        }

        var alone = true;
        for (var i = 0; i < tokens.Count; i++)
        {
            alone &= marked[i] || !isContent(tokens[i]) || AloneWords.Contains(tokens[i]);
        }

        for (var i = 0; i < tokens.Count && alone; i++)
        {
            marked[i] |= AloneWords.Contains(tokens[i]);
        }

        return marked;
    }

    private static bool Matches(List<string> tokens, int start, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            if (tokens[start + k] != phrase[k])
            {
                return false;
            }
        }

        return true;
    }
}
