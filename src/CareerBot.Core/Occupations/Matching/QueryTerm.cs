namespace CareerBot.Core.Occupations.Matching;

/// <summary>One meaningful word of a query: its weight and the vocabulary tokens it may stand for (with similarity 0–1).</summary>
internal sealed record QueryTerm(float Weight, List<(int TokenId, float Similarity)> Alternatives)
{
    /// <summary>The word follows "work in/at", "werk bij/in": it names a workplace rather than a job.</summary>
    public bool IsWorkplace { get; init; }

    /// <summary>The word describes the employer ("at a bank", "university …") while another word names the job.</summary>
    public bool IsEmployer { get; init; }

    /// <summary>A word of another clause than the one naming the job ("…, autotechniek"): evidence for the word model only.</summary>
    public bool IsContext { get; init; }

    /// <summary>A word of a chat sentence the vocabulary lacks, outside an employer phrase ("my cat is cute").</summary>
    public bool IsUnexplained { get; init; }
}
