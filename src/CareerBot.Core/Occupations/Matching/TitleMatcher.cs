namespace CareerBot.Core.Occupations.Matching;

/// <summary>
/// Matches free text to occupations over an in-memory index of job titles: word overlap with each title
/// (<see cref="TitleOverlap"/>) after typo, compound and sentence reading (<see cref="QueryParser"/>); when no title fits
/// exactly, <see cref="WordEvidence"/> lets every word vote. <see cref="JobGate"/> decides whether the text names a job
/// at all, <see cref="MatchConfidence"/> whether the first match may be asserted. Thread-safe; build once.
/// </summary>
public sealed class TitleMatcher : ITitleMatcher
{
    // Runner-ups far below the first are noise, not alternatives.
    private const float RunnerUpRatio = 0.2f;

    // Word evidence counts in proportion to how far the best title is from a perfect fit: not at all for an exact title.
    private const float EvidenceWeight = 3f;
    private const float EvidenceTemperature = 2f;
    private const float EvidenceFullBelow = 0.2f;

    private readonly TitleIndex _index;
    private readonly QueryParser _parser;
    private readonly TitleOverlap _overlap;
    private readonly WordEvidence _evidence;

    public TitleMatcher(IEnumerable<TitleVocabularyEntry> vocabulary)
        : this(TitleIndexBuilder.Build(vocabulary ?? throw new ArgumentNullException(nameof(vocabulary))))
    {
    }

    private TitleMatcher(TitleIndex index)
    {
        _index = index;
        _parser = new QueryParser(_index);
        _overlap = new TitleOverlap(_index);
        _evidence = new WordEvidence(_index);
    }

    /// <summary>A matcher identical to the one that <see cref="Save"/>d <paramref name="source"/>, without reading or indexing the vocabulary again.</summary>
    /// <exception cref="InvalidDataException">The data is not a whole, undamaged index of this format version.</exception>
    public static TitleMatcher Load(Stream source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new TitleMatcher(TitleIndexFormat.Read(source));
    }

    /// <summary>Writes the built index, so a later start can <see cref="Load"/> it instead of building it again.</summary>
    public void Save(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        TitleIndexFormat.Write(_index, destination);
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
        _overlap.Accumulate(terms, scratch);
        var best = _overlap.BestTitles(terms.Where(t => !t.IsContext).Sum(t => t.Weight), scratch);
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
                _overlap.JobFit(terms, scratch, ranked[0].Soc),
                scratch.Titles[scratch.SocBestTitle[ranked[0].Soc]].HeadMatched,
                (float)ranked[0].Match.Score,
                ranked.Count > 1 ? (float)ranked[1].Match.Score : 0f,
                terms,
                _index.HeadShare),
        };
        var floor = first.Score * RunnerUpRatio;
        return [first, .. ranked.Skip(1).Take(maxResults - 1).Select(r => r.Match).TakeWhile(m => m.Score >= floor)];
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
