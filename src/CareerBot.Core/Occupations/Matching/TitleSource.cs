namespace CareerBot.Core.Occupations.Matching;

/// <summary>Where a vocabulary title came from; decides how much the matcher trusts it.</summary>
public enum TitleSource
{
    OccupationTitle,
    ReportedTitle,
    AlternateTitle,
    ShortTitle,
    EscoPreferred,
    EscoAlternative,
    EscoHidden,
    Override,
    EscoEnglish,

    /// <summary>A reviewed everyday, British or colloquial name ("bin man", "vakkenvuller").</summary>
    EverydayTitle,

    /// <summary>A reviewed verb phrase naming the work ("fix cars", "geef les"); its verb comes first.</summary>
    ActivityPhrase,
}
