namespace CareerBot.Core.Occupations.Matching;

/// <summary>The immutable search structure: word stems with IDF weights, titles with their SOC, and postings.</summary>
internal sealed class TitleIndex
{
    public required Dictionary<string, int> TokenIds { get; init; }

    public required string[] Tokens { get; init; }

    /// <summary>IDF weight per token id.</summary>
    public required float[] TokenWeights { get; init; }

    /// <summary>Title ids containing each token id.</summary>
    public required int[][] Postings { get; init; }

    /// <summary>Sum of the token weights of each title.</summary>
    public required float[] TitleWeights { get; init; }

    /// <summary>Trust in each title's source, 0–1.</summary>
    public required float[] TitleTrust { get; init; }

    /// <summary>The token naming the job in each title ("cook" in "Pizza Cook", "leraar" in "leraar basisschool").</summary>
    public required int[] TitleHeads { get; init; }

    /// <summary>A second head for Dutch titles, whose job noun may come first or last ("beeldend kunstenaar"); -1 if none.</summary>
    public required int[] TitleSecondHeads { get; init; }

    public required int[] TitleSocs { get; init; }

    public required string?[] TitleIsco { get; init; }

    public required string[] Socs { get; init; }

    public required string[] SocTitles { get; init; }

    /// <summary>Typo lookup; built in the background after the index so start-up does not wait for it.</summary>
    public required Lazy<FuzzyTokenLookup> Fuzzy { get; init; }

    /// <summary>The weight given to a query word the vocabulary does not know at all.</summary>
    public required float UnknownWeight { get; init; }

    public int TitleCount => TitleSocs.Length;

    public bool TryGetToken(string stem, out int id) => TokenIds.TryGetValue(stem, out id);
}
