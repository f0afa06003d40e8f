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

    /// <summary>A reviewed everyday word for a field, place or thing that stands for the work ("kassa", "vrachtwagen"): offered, never asserted.</summary>
    EverydayField,

    /// <summary>A reviewed verb phrase naming the work ("fix cars", "geef les"); its verb comes first.</summary>
    ActivityPhrase,
}
