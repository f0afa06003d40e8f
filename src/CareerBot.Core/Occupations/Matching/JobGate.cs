namespace CareerBot.Core.Occupations.Matching;

/// <summary>
/// Decides whether a query names a job at all, from how well its best title fits: "I like pizza", "test", "will AI
/// take my job" do not; "translator", "I work in a warehouse", "ik ben vertaalster duits" do. Calibrated on the
/// evaluation sets and a list of chat that names no job.
/// </summary>
internal static class JobGate
{
    private const float MinFit = 0.5f;
    private const float MinFitWithUnknown = 0.55f;
    private const float MinFitWithoutHead = 0.9f;
    private const float MinFitWithoutHeadSeveralWords = 0.6f;
    private const float MinFitAtWorkplace = 0.45f;

    // A word that is the job noun of at least this share of its titles names a job ("translator", "kok").
    private const float JobNounShare = 0.3f;
    private const float MinFitWithJobNoun = 0.3f;

    // A single word that almost never names the job ("test", "cars") is no answer unless it is a whole title.
    private const float ModifierShare = 0.1f;
    private const float WholeTitle = 0.95f;

    /// <param name="fit">The best title's overlap score (0–1), head-missed penalty included.</param>
    /// <param name="headMatched">Whether that title's job noun was among the query's words.</param>
    public static bool IsJob(float fit, bool headMatched, List<QueryTerm> terms, float[] headShare)
    {
        var known = terms.Count(t => t.Alternatives.Count > 0 && !t.IsContext);
        var atWorkplace = terms.Any(t => t.IsWorkplace);
        var unexplained = terms.Any(t => t.IsUnexplained);
        if (known == 1 && !atWorkplace && fit < WholeTitle && QueryHead.Share(terms, headShare, exactOnly: false) < ModifierShare)
        {
            return false;
        }

        if (!unexplained && fit >= MinFitWithJobNoun && QueryHead.Share(terms, headShare, exactOnly: true) >= JobNounShare)
        {
            return true;
        }

        if (headMatched)
        {
            return fit >= (unexplained ? MinFitWithUnknown : MinFit);
        }

        var unpenalised = fit / TitleOverlap.HeadMissed;
        return unpenalised >= MinFitWithoutHead
            || (known >= 2 && unpenalised >= MinFitWithoutHeadSeveralWords)
            || (atWorkplace && unpenalised >= MinFitAtWorkplace);
    }
}
