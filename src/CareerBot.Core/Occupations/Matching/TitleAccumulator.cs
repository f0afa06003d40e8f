namespace CareerBot.Core.Occupations.Matching;

/// <summary>How far one query has matched one title so far; valid only while <see cref="Generation"/> is the query's.</summary>
internal struct TitleAccumulator
{
    public int Generation;
    public int LastTerm;
    public float QueryMatched;
    public float TitleMatched;
    public bool HeadMatched;
}
