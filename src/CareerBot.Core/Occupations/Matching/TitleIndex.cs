namespace CareerBot.Core.Occupations.Matching;

/// <summary>The immutable search structure: word stems with IDF weights, titles with their SOC, and postings.</summary>
internal sealed class TitleIndex
{
    public required Dictionary<string, int> TokenIds { get; init; }

    public required string[] Tokens { get; init; }

    /// <summary>IDF weight per token id.</summary>
    public required float[] TokenWeights { get; init; }

    /// <summary>Per token id, the share of the titles containing it whose job noun it is ("nurse" high, "pizza" low).</summary>
    public required float[] HeadShare { get; init; }

    /// <summary>Title ids containing each token id.</summary>
    public required int[][] Postings { get; init; }

    public required TitleInfo[] Titles { get; init; }

    public required string?[] TitleIsco { get; init; }

    public required string[] Socs { get; init; }

    public required string[] SocTitles { get; init; }

    /// <summary>Typo lookup; built in the background after the index so start-up does not wait for it.</summary>
    public required Lazy<FuzzyTokenLookup> Fuzzy { get; init; }

    /// <summary>The weight given to a query word the vocabulary does not know at all.</summary>
    public required float UnknownWeight { get; init; }

    public int TitleCount => Titles.Length;

    public bool TryGetToken(string stem, out int id) => TokenIds.TryGetValue(stem, out id);
}
