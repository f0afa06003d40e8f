namespace CareerBot.Core.Occupations.Matching;

/// <summary>One meaningful word of a query: its weight and the vocabulary tokens it may stand for (with similarity 0–1).</summary>
internal sealed record QueryTerm(float Weight, List<(int TokenId, float Similarity)> Alternatives)
{
    /// <summary>The word follows "work in/at", "werk bij/in": it names a workplace rather than a job.</summary>
    public bool IsWorkplace { get; init; }
}
