namespace CareerBot.Core.Occupations.Matching;

/// <summary>One distinct wording of a title for one SOC while the index is being built.</summary>
internal sealed record IndexedTitle(string[] Stems, string Head, string? SecondHead, int Soc, float Trust, string? Isco)
{
    /// <summary>False for a reviewed word that names a field or thing ("kassa"), which may be offered but not asserted.</summary>
    public bool NamesWorker { get; init; } = true;
}
