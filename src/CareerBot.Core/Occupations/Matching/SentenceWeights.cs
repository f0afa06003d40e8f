namespace CareerBot.Core.Occupations.Matching;

/// <summary>Re-weighs the terms of a chat sentence once the parser knows which words name the job.</summary>
internal static class SentenceWeights
{
    // Employer words weigh little, but only while another known word names the job ("hospital" alone stays whole).
    public static void WeighDownEmployer(List<bool> employer, List<int> firstTermOfWord, List<QueryTerm> terms)
    {
        var jobWords = 0;
        for (var w = 0; w < employer.Count; w++)
        {
            jobWords += !employer[w] && terms[firstTermOfWord[w]].Alternatives.Count > 0 ? 1 : 0;
        }

        for (var w = 0; w < employer.Count && jobWords > 0; w++)
        {
            var end = w + 1 < firstTermOfWord.Count ? firstTermOfWord[w + 1] : terms.Count;
            for (var t = firstTermOfWord[w]; employer[w] && t < end; t++)
            {
                terms[t] = terms[t] with { Weight = terms[t].Weight * SentenceFrame.EmployerWeight, IsEmployer = true };
            }
        }
    }

    // Words outside the clause that names the job ("ik geef les op een mbo, autotechniek") only inform the word model.
    public static void WeighDownOtherClauses(List<int> wordClause, int jobClause, List<int> firstTermOfWord, List<QueryTerm> terms)
    {
        for (var w = 0; w < wordClause.Count && jobClause >= 0; w++)
        {
            var end = w + 1 < firstTermOfWord.Count ? firstTermOfWord[w + 1] : terms.Count;
            for (var t = firstTermOfWord[w]; wordClause[w] != jobClause && t < end; t++)
            {
                terms[t] = terms[t] with { IsContext = true };
            }
        }
    }

    // An unexplained word of a chat sentence weighs like the rarest vocabulary word: it may be what the sentence is about.
    public static void MarkUnexplained(List<QueryTerm> terms, float weight)
    {
        for (var t = 0; t < terms.Count; t++)
        {
            if (terms[t].Alternatives.Count == 0 && !terms[t].IsEmployer && !terms[t].IsContext)
            {
                terms[t] = terms[t] with { Weight = weight, IsUnexplained = true };
            }
        }
    }
}
