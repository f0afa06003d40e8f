namespace CareerBot.Core.Occupations.Matching;

/// <summary>
/// IDF-weighted word overlap of a query with every title it touches, measured from both sides: how much of the query a
/// title explains and how much of the title the query names; then each occupation's best-fitting title.
/// </summary>
internal sealed class TitleOverlap(TitleIndex index)
{
    /// <summary>The share of the score given to covering the query (the rest: covering the title).</summary>
    public const float QueryShare = 0.6f;

    /// <summary>A title whose job noun the query does not name ("I like pizza" against "Pizza Cook") keeps this share of its score.</summary>
    public const float HeadMissed = 0.9f;

    /// <summary>Adds each query word (outside other clauses) to every title holding one of its readings.</summary>
    public void Accumulate(List<QueryTerm> terms, MatchScratch scratch)
    {
        var generation = scratch.Generation;
        var accumulators = scratch.Titles;
        var titles = index.Titles;
        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            if (term.IsContext)
            {
                continue;
            }

            term.Alternatives.Sort((a, b) => b.Similarity.CompareTo(a.Similarity));
            foreach (var (tokenId, similarity) in term.Alternatives)
            {
                var titleGain = index.TokenWeights[tokenId] * similarity;
                var queryGain = term.Weight * similarity;
                foreach (var title in index.Postings[tokenId])
                {
                    ref var accumulator = ref accumulators[title];
                    if (accumulator.Generation != generation)
                    {
                        accumulator = new TitleAccumulator { Generation = generation, LastTerm = -1 };
                        scratch.Touched.Add(title);
                    }

                    // A term counts once per title, with its most similar alternative (sorted first).
                    if (accumulator.LastTerm == i)
                    {
                        continue;
                    }

                    accumulator.LastTerm = i;
                    accumulator.QueryMatched += queryGain;
                    accumulator.JobMatched += term.IsEmployer ? 0f : queryGain;
                    accumulator.TitleMatched += titleGain;
                    ref readonly var info = ref titles[title];
                    accumulator.HeadMatched |= info.Head == tokenId || info.SecondHead == tokenId;
                }
            }
        }
    }

    /// <summary>The best-fitting title of every occupation any query word touches; returns the occupation with the best fit.</summary>
    public int BestTitles(float queryWeight, MatchScratch scratch)
    {
        var generation = scratch.Generation;
        var best = -1;
        foreach (var title in scratch.Touched)
        {
            ref readonly var accumulator = ref scratch.Titles[title];
            ref readonly var info = ref index.Titles[title];
            var queryCoverage = accumulator.QueryMatched / queryWeight;
            var titleCoverage = Math.Min(1f, accumulator.TitleMatched / info.Weight);
            var score = ((QueryShare * queryCoverage) + ((1 - QueryShare) * titleCoverage)) * info.Trust;

            // "I like pizza" names no job even though "Pizza Cook" contains "pizza".
            if (!accumulator.HeadMatched)
            {
                score *= HeadMissed;
            }

            var soc = info.Soc;
            if (scratch.SocSeen[soc] != generation)
            {
                scratch.SocSeen[soc] = generation;
                scratch.SocBest[soc] = -1;
                scratch.SocTouched.Add(soc);
            }

            if (score > scratch.SocBest[soc])
            {
                scratch.SocBest[soc] = score;
                scratch.SocBestTitle[soc] = title;
            }

            if (best < 0 || scratch.SocBest[soc] > scratch.SocBest[best])
            {
                best = soc;
            }
        }

        return best;
    }

    /// <summary>The overlap score of an occupation's best title counting only the words that name the job, not the employer.</summary>
    public float JobFit(List<QueryTerm> terms, MatchScratch scratch, int soc)
    {
        var jobWeight = terms.Where(t => !t.IsContext && !t.IsEmployer).Sum(t => t.Weight);
        ref readonly var accumulator = ref scratch.Titles[scratch.SocBestTitle[soc]];
        ref readonly var info = ref index.Titles[scratch.SocBestTitle[soc]];
        var titleCoverage = Math.Min(1f, accumulator.TitleMatched / info.Weight);
        return jobWeight <= 0 ? 0f : ((QueryShare * accumulator.JobMatched / jobWeight) + ((1 - QueryShare) * titleCoverage)) * info.Trust;
    }
}
