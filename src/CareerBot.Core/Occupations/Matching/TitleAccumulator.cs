namespace CareerBot.Core.Occupations.Matching;

/// <summary>How far one query has matched one title so far; valid only while <see cref="Generation"/> is the query's.</summary>
internal struct TitleAccumulator
{
    public int Generation;
    public int LastTerm;
    public float QueryMatched;

    /// <summary>The part of <see cref="QueryMatched"/> from words that name the job, not the employer.</summary>
    public float JobMatched;
    public float TitleMatched;
    public bool HeadMatched;
}
