namespace CareerBot.Core.Occupations.Matching;

/// <summary>Per-thread accumulators for one query, reused between queries so matching allocates little.</summary>
internal sealed class MatchScratch(int titleCount, int socCount)
{
    [ThreadStatic]
    private static MatchScratch? _current;

    public TitleAccumulator[] Titles { get; } = new TitleAccumulator[titleCount];

    public List<int> Touched { get; } = new(1024);

    public int[] SocSeen { get; } = new int[socCount];

    public float[] SocBest { get; } = new float[socCount];

    public int[] SocBestTitle { get; } = new int[socCount];

    public List<int> SocTouched { get; } = new(256);

    /// <summary>Per SOC: the word evidence's log-likelihood, then its posterior.</summary>
    public float[] SocEvidence { get; } = new float[socCount];

    public float[] SocProbability { get; } = new float[socCount];

    /// <summary>Per SOC group level, counts of one query word; a level never has more groups than SOCs.</summary>
    public float[][] GroupCounts { get; } = [.. Enumerable.Range(0, SocGroups.Levels).Select(_ => new float[socCount])];

    public int Generation { get; private set; }

    public static MatchScratch For(int titleCount, int socCount)
    {
        var scratch = _current;
        if (scratch is null || scratch.Titles.Length < titleCount || scratch.SocSeen.Length < socCount)
        {
            scratch = new MatchScratch(titleCount, socCount);
            _current = scratch;
        }

        scratch.Generation++;
        scratch.Touched.Clear();
        scratch.SocTouched.Clear();
        return scratch;
    }
}
