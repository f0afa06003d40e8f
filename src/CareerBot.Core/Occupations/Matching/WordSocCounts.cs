namespace CareerBot.Core.Occupations.Matching;

/// <summary>
/// How often each vocabulary word occurs in each occupation's titles (or, for the job-noun view, as their head),
/// and the smoothed probability of a query word given an occupation: its own titles, then its broad, minor and
/// major SOC group, then the whole vocabulary.
/// </summary>
internal sealed class WordSocCounts
{
    // Shares of the mixture: the occupation itself, its broad, minor and major group; the rest is the whole vocabulary.
    private const float OwnShare = 0.5f;
    private static readonly float[] GroupShares = [0.1f, 0.1f, 0.1f];
    private static readonly float RestShare = 1f - OwnShare - GroupShares.Sum();

    private const float ReviewedTitleCount = 4f;

    private readonly int[][] _socs;
    private readonly float[][] _counts;
    private readonly float[] _background;
    private readonly float[] _socTotals;
    private readonly float[][] _groupTotals;
    private readonly SocGroups _groups;

    public WordSocCounts(TitleIndex index, SocGroups groups, bool headsOnly)
    {
        _groups = groups;
        _socs = new int[index.Tokens.Length][];
        _counts = new float[index.Tokens.Length][];
        _background = new float[index.Tokens.Length];
        _socTotals = new float[index.Socs.Length];
        var counts = new float[index.Socs.Length];
        var touched = new List<int>();
        var total = 0f;
        for (var token = 0; token < index.Tokens.Length; token++)
        {
            touched.Clear();
            foreach (var title in index.Postings[token])
            {
                ref readonly var info = ref index.Titles[title];
                if (!headsOnly || info.Head == token || info.SecondHead == token)
                {
                    if (counts[info.Soc] == 0)
                    {
                        touched.Add(info.Soc);
                    }

                    // A reviewed title (override, everyday name) is the reading people mean; ESCO's heuristic picks are noisier.
                    counts[info.Soc] += info.Trust >= 1f ? ReviewedTitleCount : 1f;
                }
            }

            _socs[token] = [.. touched];
            _counts[token] = new float[touched.Count];
            for (var k = 0; k < touched.Count; k++)
            {
                var soc = touched[k];
                _counts[token][k] = counts[soc];
                _socTotals[soc] += counts[soc];
                _background[token] += counts[soc];
                total += counts[soc];
                counts[soc] = 0;
            }
        }

        // Half a count keeps a word never seen in this role (a head that only ever modifies) possible.
        for (var token = 0; token < _background.Length; token++)
        {
            _background[token] = (_background[token] + 0.5f) / total;
        }

        _groupTotals = new float[SocGroups.Levels][];
        for (var level = 0; level < SocGroups.Levels; level++)
        {
            _groupTotals[level] = new float[groups.Counts[level]];
            for (var soc = 0; soc < _socTotals.Length; soc++)
            {
                _groupTotals[level][groups.Of[level][soc]] += _socTotals[soc];
            }
        }
    }

    /// <summary>Adds <paramref name="weight"/> × log P(term | occupation) to the log-likelihood of each candidate occupation.</summary>
    public void AddLogProbabilities(QueryTerm term, float weight, List<int> candidates, Span<float> logLikelihood, Span<float> direct, float[][] groupCounts)
    {
        direct.Clear();
        for (var level = 0; level < SocGroups.Levels; level++)
        {
            groupCounts[level].AsSpan(0, _groupTotals[level].Length).Clear();
        }

        var background = 0f;
        foreach (var (token, similarity) in term.Alternatives)
        {
            background = MathF.Max(background, _background[token] * similarity);
            var socs = _socs[token];
            var counts = _counts[token];
            for (var k = 0; k < socs.Length; k++)
            {
                var count = similarity * counts[k];
                direct[socs[k]] += count;
                for (var level = 0; level < SocGroups.Levels; level++)
                {
                    groupCounts[level][_groups.Of[level][socs[k]]] += count;
                }
            }
        }

        var rest = RestShare * background;
        foreach (var soc in candidates)
        {
            var value = rest + (_socTotals[soc] > 0 ? OwnShare * direct[soc] / _socTotals[soc] : 0f);
            for (var level = 0; level < SocGroups.Levels; level++)
            {
                var group = _groups.Of[level][soc];
                var groupTotal = _groupTotals[level][group];
                value += groupTotal > 0 ? GroupShares[level] * groupCounts[level][group] / groupTotal : 0f;
            }

            logLikelihood[soc] += weight * MathF.Log(value);
        }
    }
}
