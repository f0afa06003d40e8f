namespace CareerBot.Core.Occupations.Matching;

/// <summary>The query word that names the job, as English titles end in it: the last known word that names neither employer nor workplace.</summary>
internal static class QueryHead
{
    public static int Find(List<QueryTerm> terms)
    {
        var head = -1;
        for (var i = 0; i < terms.Count; i++)
        {
            if (terms[i].Alternatives.Count > 0 && !terms[i].IsEmployer && !terms[i].IsWorkplace && !terms[i].IsContext)
            {
                head = i;
            }
        }

        return head;
    }

    /// <summary>How often that word is the job noun of the titles it occurs in; a typo repair counts only when <paramref name="exactOnly"/> is false.</summary>
    public static float Share(List<QueryTerm> terms, float[] headShare, bool exactOnly)
    {
        var head = Find(terms);
        return head < 0 ? 0f : exactOnly ? ExactShare(terms[head], headShare) : terms[head].Alternatives.Max(a => headShare[a.TokenId]);
    }

    /// <summary>How often a word, as typed or in a spelling variant (not a typo repair), is the job noun of its titles.</summary>
    public static float ExactShare(QueryTerm term, float[] headShare) =>
        term.Alternatives.Count == 0 ? 0f : term.Alternatives.Max(a => a.Similarity >= ExactSimilarity ? headShare[a.TokenId] : 0f);

    // Spelling variants ("lorry" for "truck") count as exact; edits ("electrican") do not.
    private const float ExactSimilarity = 0.9f;
}
