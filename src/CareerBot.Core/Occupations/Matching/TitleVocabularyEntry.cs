using CareerBot.Core.Texts;

namespace CareerBot.Core.Occupations.Matching;

/// <summary>One job title the matcher knows, pointing at a SOC 2018 occupation.</summary>
public sealed record TitleVocabularyEntry(string Text, string Soc, Language Language, TitleSource Source)
{
    /// <summary>ISCO-08 unit group for ESCO (Dutch) labels; null for O*NET titles.</summary>
    public string? Isco08 { get; init; }
}
