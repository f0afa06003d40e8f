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
}
