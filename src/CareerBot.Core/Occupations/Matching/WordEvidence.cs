namespace CareerBot.Core.Occupations.Matching;

/// <summary>
/// A naive-Bayes reading of the index's own titles: every query word votes for the occupations whose titles use it
/// (the job noun for those whose titles end in it), so a modifier ("fiscal" in "Fiscal Manager") counts even when
/// no single title pairs it with the typed job noun. Built from the same vocabulary as the index, nothing else.
/// </summary>
internal sealed class WordEvidence
{
    // The job noun decides more than a modifier: "Butcher Helper" is a helper first.
    private const float HeadWeight = 1.5f;

    // Occupations with many titles are likelier answers for a title not seen before (log title count, weighted).
    private const float PriorWeight = 1.5f;

    private readonly WordSocCounts _anyRole;
    private readonly WordSocCounts _headRole;
    private readonly float[] _logPrior;

    public WordEvidence(TitleIndex index)
    {
        var groups = new SocGroups(index.Socs);
        _anyRole = new WordSocCounts(index, groups, headsOnly: false);
        _headRole = new WordSocCounts(index, groups, headsOnly: true);
        var titles = new float[index.Socs.Length];
        foreach (var title in index.Titles)
        {
            titles[title.Soc]++;
        }

        _logPrior = [.. titles.Select(n => PriorWeight * MathF.Log(n + 1))];
    }

    /// <summary>
    /// Posterior probability of each candidate occupation (those a query word reaches through a title) given the
    /// query's known words, sharpened or flattened by <paramref name="temperature"/>; written to <see cref="MatchScratch.SocEvidence"/>.
    /// </summary>
    public void Posterior(List<QueryTerm> terms, float temperature, MatchScratch scratch)
    {
        // The per-thread scratch may be larger than this index: work on this index's occupations only.
        var logLikelihood = scratch.SocEvidence.AsSpan(0, _logPrior.Length);
        var direct = scratch.SocProbability.AsSpan(0, _logPrior.Length);
        var candidates = scratch.SocTouched;
        foreach (var soc in candidates)
        {
            logLikelihood[soc] = _logPrior[soc];
        }

        var head = QueryHead.Find(terms);
        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            if (term.Alternatives.Count > 0)
            {
                var weight = (term.IsEmployer || term.IsContext ? SentenceFrame.EmployerWeight : 1f) * (i == head ? HeadWeight : 1f);
                (i == head ? _headRole : _anyRole).AddLogProbabilities(term, weight, candidates, logLikelihood, direct, scratch.GroupCounts);
            }
        }

        var max = float.MinValue;
        foreach (var soc in candidates)
        {
            max = MathF.Max(max, logLikelihood[soc]);
        }

        var sum = 0f;
        foreach (var soc in candidates)
        {
            logLikelihood[soc] = MathF.Exp((logLikelihood[soc] - max) / temperature);
            sum += logLikelihood[soc];
        }

        foreach (var soc in candidates)
        {
            logLikelihood[soc] /= sum;
        }
    }
}
