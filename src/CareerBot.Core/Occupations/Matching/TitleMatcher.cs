namespace CareerBot.Core.Occupations.Matching;

/// <summary>
/// Matches free text to occupations over an in-memory index of job titles: IDF-weighted word overlap measured from
/// both sides (how much of the query a title explains, how much of the title the query names), with typo and
/// compound repair in <see cref="QueryParser"/>. Thread-safe; build once.
/// </summary>
public sealed class TitleMatcher : ITitleMatcher
{
    private const float QueryShare = 0.6f;
    private const float MinScore = 0.55f;

    // A query that names no title's job noun ("I like pizza" against "Pizza Cook") must match the rest well.
    private const float MinScoreWithoutHead = 0.93f;
    private const float MinRunnerUpScore = 0.45f;
    private const float RunnerUpRatio = 0.6f;
    private const float SupportBonus = 0.05f;
    private const float HeadMissed = 0.9f;

    // A word the vocabulary lacks, outside an employer phrase, leaves part of the sentence unexplained ("my cat is cute").
    private const float MinScoreWithUnknown = 0.75f;

    private readonly TitleIndex _index;
    private readonly QueryParser _parser;

    public TitleMatcher(IEnumerable<TitleVocabularyEntry> vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _index = TitleIndexBuilder.Build(vocabulary);
        _parser = new QueryParser(_index);
    }

    public IReadOnlyList<TitleMatch> Match(string text, int maxResults)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = maxResults <= 0 ? [] : _parser.Parse(text);
        if (terms.Count == 0 || terms.All(t => t.Alternatives.Count == 0))
        {
            return [];
        }

        var scratch = MatchScratch.For(_index.TitleCount, _index.Socs.Length);
        Accumulate(terms, scratch);
        var ranked = RankSocs(terms.Sum(t => t.Weight), scratch, maxResults);
        if (ranked.Count == 0 || !IsConfident(ranked[0].Match.Score, ranked[0].HeadMatched, terms))
        {
            return [];
        }

        var floor = Math.Max(MinRunnerUpScore, ranked[0].Match.Score * RunnerUpRatio);
        return [.. ranked.TakeWhile(r => r.Match.Score >= floor).Take(maxResults).Select(r => r.Match)];
    }

    // One word that is only a title's modifier ("pizza" of "Pizza Cook") is no job; two known words, a workplace
    // ("I work in a warehouse") or the job noun itself are.
    private static bool IsConfident(double score, bool headMatched, List<QueryTerm> terms)
    {
        if (headMatched)
        {
            return score >= (terms.Any(t => t.IsUnexplained) ? MinScoreWithUnknown : MinScore);
        }

        var unpenalised = score / HeadMissed;
        var known = terms.Count(t => t.Alternatives.Count > 0);
        return unpenalised >= MinScoreWithoutHead || ((known >= 2 || terms.Any(t => t.IsWorkplace)) && unpenalised >= MinScore);
    }

    private void Accumulate(List<QueryTerm> terms, MatchScratch scratch)
    {
        var generation = scratch.Generation;
        var accumulators = scratch.Titles;
        var titles = _index.Titles;
        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
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
                    accumulator.TitleMatched += titleGain;
                    ref readonly var info = ref titles[title];
                    accumulator.HeadMatched |= info.Head == tokenId || info.SecondHead == tokenId;
                }
            }
        }
    }

    private List<(TitleMatch Match, bool HeadMatched)> RankSocs(float queryWeight, MatchScratch scratch, int maxResults)
    {
        var generation = scratch.Generation;
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
                scratch.SocSupport[soc] = 0;
                scratch.SocTouched.Add(soc);
            }

            scratch.SocSupport[soc]++;
            if (score > scratch.SocBest[soc])
            {
                scratch.SocBest[soc] = score;
                scratch.SocBestTitle[soc] = title;
            }
        }

        var top = new TopSocs(maxResults, _index.Socs);
        foreach (var soc in scratch.SocTouched)
        {
            // Many titles of one occupation naming the same words is evidence the words mean that occupation.
            var support = SupportBonus * Math.Min(1f, MathF.Log(1 + scratch.SocSupport[soc]) / MathF.Log(50));
            top.Offer(soc, Math.Clamp(scratch.SocBest[soc] + support, 0f, 1f));
        }

        return [.. top.Ranked().Select(r =>
        {
            var best = scratch.SocBestTitle[r.Soc];
            var match = new TitleMatch(_index.Socs[r.Soc], _index.SocTitles[r.Soc], Math.Round(r.Score, 4)) { Isco08 = _index.TitleIsco[best] };
            return (match, scratch.Titles[best].HeadMatched);
        })];
    }
}
