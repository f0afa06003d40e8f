namespace CareerBot.Core.Occupations.Matching;

/// <summary>
/// Matches free text to occupations over an in-memory index of job titles: IDF-weighted word overlap measured from
/// both sides (how much of the query a title explains, how much of the title the query names), with typo and
/// compound repair in <see cref="QueryParser"/>; when no title fits well, <see cref="WordEvidence"/> lets every
/// word vote. Thread-safe; build once.
/// </summary>
public sealed class TitleMatcher : ITitleMatcher
{
    private const float QueryShare = 0.6f;

    // Runner-ups far below the first are noise, not alternatives.
    private const float RunnerUpRatio = 0.2f;

    /// <summary>A title whose job noun the query does not name ("I like pizza" against "Pizza Cook") keeps this share of its score.</summary>
    internal const float HeadMissed = 0.9f;

    // Word evidence counts in proportion to how far the best title is from a perfect fit: not at all for an exact title.
    private const float EvidenceWeight = 3f;
    private const float EvidenceTemperature = 2f;
    private const float EvidenceFullBelow = 0.2f;

    private readonly TitleIndex _index;
    private readonly QueryParser _parser;
    private readonly WordEvidence _evidence;

    public TitleMatcher(IEnumerable<TitleVocabularyEntry> vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _index = TitleIndexBuilder.Build(vocabulary);
        _parser = new QueryParser(_index);
        _evidence = new WordEvidence(_index);
    }

    public IReadOnlyList<TitleMatch> Match(string text, int maxResults)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = maxResults <= 0 ? [] : _parser.Parse(text);
        if (terms.All(t => t.Alternatives.Count == 0 || t.IsContext))
        {
            return [];
        }

        var scratch = MatchScratch.For(_index.TitleCount, _index.Socs.Length);
        Accumulate(terms, scratch);
        var best = BestTitles(terms.Where(t => !t.IsContext).Sum(t => t.Weight), scratch);
        if (best < 0 || !JobGate.IsJob(scratch.SocBest[best], scratch.Titles[scratch.SocBestTitle[best]].HeadMatched, terms, _index.HeadShare))
        {
            return [];
        }

        // The runner-up decides confidence even when only one match is asked for.
        var ranked = Rank(terms, scratch.SocBest[best], scratch, Math.Max(maxResults, 2));
        var first = ranked[0].Match with
        {
            IsConfident = MatchConfidence.IsConfident(
                _index.Titles[scratch.SocBestTitle[ranked[0].Soc]],
                JobFit(terms, scratch, ranked[0].Soc),
                scratch.Titles[scratch.SocBestTitle[ranked[0].Soc]].HeadMatched,
                (float)ranked[0].Match.Score,
                ranked.Count > 1 ? (float)ranked[1].Match.Score : 0f,
                terms,
                _index.HeadShare),
        };
        var floor = first.Score * RunnerUpRatio;
        return [first, .. ranked.Skip(1).Take(maxResults - 1).Select(r => r.Match).TakeWhile(m => m.Score >= floor)];
    }

    // The overlap score of an occupation's best title counting only the words that name the job, not the employer.
    private float JobFit(List<QueryTerm> terms, MatchScratch scratch, int soc)
    {
        var jobWeight = terms.Where(t => !t.IsContext && !t.IsEmployer).Sum(t => t.Weight);
        ref readonly var accumulator = ref scratch.Titles[scratch.SocBestTitle[soc]];
        ref readonly var info = ref _index.Titles[scratch.SocBestTitle[soc]];
        var titleCoverage = Math.Min(1f, accumulator.TitleMatched / info.Weight);
        return jobWeight <= 0 ? 0f : ((QueryShare * accumulator.JobMatched / jobWeight) + ((1 - QueryShare) * titleCoverage)) * info.Trust;
    }

    private void Accumulate(List<QueryTerm> terms, MatchScratch scratch)
    {
        var generation = scratch.Generation;
        var accumulators = scratch.Titles;
        var titles = _index.Titles;
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
                var titleGain = _index.TokenWeights[tokenId] * similarity;
                var queryGain = term.Weight * similarity;
                foreach (var title in _index.Postings[tokenId])
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

    // The best-fitting title of every occupation any query word touches; returns the occupation with the best fit.
    private int BestTitles(float queryWeight, MatchScratch scratch)
    {
        var generation = scratch.Generation;
        var best = -1;
        foreach (var title in scratch.Touched)
        {
            ref readonly var accumulator = ref scratch.Titles[title];
            ref readonly var info = ref _index.Titles[title];
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

    private List<(int Soc, TitleMatch Match)> Rank(List<QueryTerm> terms, float bestFit, MatchScratch scratch, int maxResults)
    {
        var weight = EvidenceWeight * Math.Clamp((1f - bestFit) / EvidenceFullBelow, 0f, 1f);
        if (weight > 0)
        {
            _evidence.Posterior(terms, EvidenceTemperature, scratch);
        }

        var top = new TopSocs(maxResults, _index.Socs);
        foreach (var soc in scratch.SocTouched)
        {
            var evidence = weight > 0 ? weight * scratch.SocEvidence[soc] : 0f;
            top.Offer(soc, (scratch.SocBest[soc] + evidence) / (1f + weight));
        }

        return [.. top.Ranked().Select(r => (r.Soc, new TitleMatch(_index.Socs[r.Soc], _index.SocTitles[r.Soc], Math.Round(Math.Clamp(r.Score, 0f, 1f), 4))
        {
            Isco08 = _index.TitleIsco[scratch.SocBestTitle[r.Soc]],
        }))];
    }
}
