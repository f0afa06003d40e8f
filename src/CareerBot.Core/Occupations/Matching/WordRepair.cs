namespace CareerBot.Core.Occupations.Matching;

/// <summary>Finds vocabulary words for a typed word the vocabulary lacks: another form of it, or the parts of a compound.</summary>
internal sealed class WordRepair(TitleIndex index)
{
    // Words the vocabulary has in another form: "staffing" → "staff", "repairman" → "repairer", "organise" → "organize".
    public bool TryDerived(string word, out int id)
    {
        id = -1;
        if (word.Length < 6)
        {
            return false;
        }

        string[] candidates = word switch
        {
            _ when word.EndsWith("ing", StringComparison.Ordinal) => [word[..^3], word[..^3] + "e", word[..^3] + "er"],
            _ when word.EndsWith("man", StringComparison.Ordinal) || word.EndsWith("men", StringComparison.Ordinal) =>
                [word[..^3] + "er", word[..^3] + "or", word[..^3] + "worker", word[..^3]],
            _ when word.EndsWith("ise", StringComparison.Ordinal) || word.EndsWith("iser", StringComparison.Ordinal) =>
                [word.Replace("ise", "ize", StringComparison.Ordinal)],
            _ => [],
        };
        foreach (var candidate in candidates)
        {
            if (candidate.Length >= 3 && index.TryGetToken(TokenStemmer.Stem(candidate), out id))
            {
                return true;
            }
        }

        return false;
    }

    // A field named by a verb noun, as in "ik werk in de beveiliging" or "I work in nursing": its worker noun.
    public bool TryAgent(string word, out int id)
    {
        id = -1;
        if (word.Length < 7 || !word.EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var candidate in (string[])[word[..^3] + "er", word[..^3] + "e", word[..^3] + "or"])
        {
            if (index.TryGetToken(TokenStemmer.Stem(candidate), out id))
            {
                return true;
            }
        }

        return false;
    }

    // "softwaretester" → "software" + "tester"; "vrachtwagenschauffeur" → "vrachtwagen" + "chauffeur" (linking s).
    public bool TrySplit(string word, out int left, out int right)
    {
        (left, right) = (-1, -1);
        var best = 0;
        for (var i = 3; i <= word.Length - 3; i++)
        {
            var head = word[..i];
            if (!index.TryGetToken(head, out var headId) && !index.TryGetToken(TokenStemmer.Stem(head), out headId))
            {
                continue;
            }

            var tail = word[i..];
            if (!index.TryGetToken(tail, out var tailId) && !index.TryGetToken(TokenStemmer.Stem(tail), out tailId)
                && !(tail.Length > 4 && tail[0] is 's' or 'e' && index.TryGetToken(TokenStemmer.Stem(tail[1..]), out tailId)))
            {
                continue;
            }

            var shortest = Math.Min(head.Length, tail.Length);
            if (shortest > best)
            {
                (best, left, right) = (shortest, headId, tailId);
            }
        }

        return best > 0;
    }
}
