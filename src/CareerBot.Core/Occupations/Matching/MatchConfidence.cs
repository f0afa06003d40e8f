namespace CareerBot.Core.Occupations.Matching;

/// <summary>
/// Whether the first match is sure enough that a product may show its figures without asking "did you mean…": the
/// job words name a title fully, nothing in the sentence is left unexplained, and the runner-up is clearly behind.
/// Calibrated on the development sets (everyday, unusual, chat, sentences, everyday names): 99% right, half confident.
/// </summary>
internal static class MatchConfidence
{
    // How well the job words (employer words aside) and the best title name each other, as the overlap score.
    private const float MinJobFit = 0.93f;

    // The runner-up's score may be at most this share of the first's.
    private const float MaxRunnerUpShare = 0.9f;

    // An employer ("cashier at a bank") or a repaired word ("electrican") may change the answer: ask unless it is clear.
    private const float MaxRunnerUpShareWhenUnsure = 0.7f;

    // A single word that is rarely a job noun names a thing or a field ("vrachtwagen", "cars", "hospital").
    private const float MinHeadShareOfSingleWord = 0.1f;

    /// <param name="title">The first match's best title.</param>
    /// <param name="jobFit">Its overlap score counting only the words that name the job.</param>
    /// <param name="headMatched">Whether the query named that title's job noun.</param>
    public static bool IsConfident(in TitleInfo title, float jobFit, bool headMatched, float first, float runnerUp, List<QueryTerm> terms, float[] headShare)
    {
        if (!title.NamesWorker || !headMatched || jobFit < MinJobFit || terms.Any(t => t.IsUnexplained))
        {
            return false;
        }

        var jobWords = terms.Where(t => t.Alternatives.Count > 0 && !t.IsContext && !t.IsEmployer).ToList();
        if (jobWords.Count <= 1 && QueryHead.Share(terms, headShare, exactOnly: false) < MinHeadShareOfSingleWord)
        {
            return false;
        }

        var unsure = terms.Any(t => t.IsEmployer) || jobWords.Any(t => t.Alternatives.Max(a => a.Similarity) < 1f);
        return runnerUp <= first * (unsure ? MaxRunnerUpShareWhenUnsure : MaxRunnerUpShare);
    }
}
