using CareerBot.Core.Texts;

namespace CareerBot.Core.Occupations;

/// <summary>How an occupation is named to a person: the SOC title, with the Dutch title first for Dutch speakers.</summary>
public static class OccupationNames
{
    public static string Display(Occupation occupation, Language language) =>
        language == Language.Dutch && occupation.DutchTitles.Count > 0
            && !string.Equals(occupation.DutchTitles[0], occupation.Title, StringComparison.OrdinalIgnoreCase)
            ? $"{occupation.DutchTitles[0]} ({occupation.Title})"
            : occupation.Title;

    public static string Display(this IOccupationCatalog catalog, string soc, Language language) =>
        catalog.Find(soc) is { } occupation ? Display(occupation, language) : soc;
}
