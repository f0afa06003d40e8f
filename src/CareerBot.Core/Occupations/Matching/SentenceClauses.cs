namespace CareerBot.Core.Occupations.Matching;

/// <summary>
/// Parts a chat message into clauses and finds the one that names the job: "My clients use AI now, I'm a freelance
/// translator" is about the translator; "Hi. I'm Sam. I'm a legal assistant" about the legal assistant.
/// </summary>
internal static class SentenceClauses
{
    private const float FirstClauseHeadStart = 0.15f;

    /// <summary>The clause of every token: in a chat sentence, a new one after a clause mark or at a joining word that starts one; a bare title ("Gunner, Aerial") is one clause.</summary>
    public static int[] Assign(List<string> tokens, List<int> clauseStarts, bool isSentence)
    {
        var clauseOf = new int[tokens.Count];
        var clause = 0;
        var mark = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (isSentence && i > 0 && ((mark < clauseStarts.Count && clauseStarts[mark] == i) || StartsClause(tokens, i)))
            {
                clause += i > 0 ? 1 : 0;
            }

            while (mark < clauseStarts.Count && clauseStarts[mark] <= i)
            {
                mark++;
            }

            clauseOf[i] = clause;
        }

        return clauseOf;
    }

    /// <summary>Whether the tokens at <paramref name="i"/> say what the person is: "I'm (a)", "ik ben", "as a", "werk als", "X here".</summary>
    public static bool IsIdentityFrame(List<string> tokens, int i)
    {
        var word = tokens[i];
        var next = i + 1 < tokens.Count ? tokens[i + 1] : string.Empty;
        return word switch
        {
            "im" or "as" or "als" => true,
            "i" => next is "am" or "was",
            "ive" or "weve" => next is "been",
            "ik" => next is "ben" or "was" or "werk" or "werkte",
            "ben" or "was" or "werk" or "werkte" => next is "ik",
            "here" or "hier" => i > 0,
            _ => false,
        };
    }

    /// <summary>
    /// The clause that names the job: among those with an identity frame ("I'm a", "ik ben", "als"), or else among all,
    /// the one whose best word is most often a job noun in titles; people lead with their job, so the first clause
    /// gets a head start. -1 for a single clause.
    /// </summary>
    public static int JobClause(List<int> wordClause, HashSet<int> framed, List<int> firstTermOfWord, List<QueryTerm> terms, float[] headShare)
    {
        if (wordClause.Count == 0 || wordClause[^1] == wordClause[0])
        {
            return -1;
        }

        var (best, bestFramed, bestScore, first) = (-1, false, -1f, -1);
        for (var w = 0; w < wordClause.Count; w++)
        {
            var term = terms[firstTermOfWord[w]];
            if (term.Alternatives.Count == 0 || term.IsEmployer)
            {
                continue;
            }

            first = first < 0 ? wordClause[w] : first;
            var isFramed = framed.Contains(wordClause[w]);
            var score = QueryHead.ExactShare(term, headShare) + (wordClause[w] == first ? FirstClauseHeadStart : 0f);
            if ((isFramed && !bestFramed) || (isFramed == bestFramed && score > bestScore))
            {
                (best, bestFramed, bestScore) = (wordClause[w], isFramed, score);
            }
        }

        return best;
    }

    // "until", "maar", "omdat" always start a clause; "and"/"en" only before a new subject ("and I lost", "en mijn baas"),
    // since "heating and air conditioning mechanic" is one title.
    private static bool StartsClause(List<string> tokens, int i)
    {
        var next = i + 1 < tokens.Count ? tokens[i + 1] : string.Empty;
        return tokens[i] switch
        {
            "but" or "because" or "until" or "till" or "before" or "when" or "while" or "though" or "although"
                or "maar" or "omdat" or "want" or "tot" or "toen" or "voordat" or "terwijl" => true,
            "and" or "so" or "en" or "dus" => IsSubject(next),
            _ => false,
        };
    }

    private static bool IsSubject(string word) =>
        FillerWords.Chat.Contains(word) || word is "the" or "a" or "an" or "de" or "het" or "een" or "half" or "everyone"
            or "everybody" or "nobody" or "it" or "they" or "them" or "their" or "mijn" or "zij" or "ze" or "hij" or "zijn"
            or "hun" or "onze" or "iedereen" or "niemand" or "now" or "nu";
}
