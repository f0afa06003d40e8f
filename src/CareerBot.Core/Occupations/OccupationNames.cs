using System.Globalization;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Occupations;

/// <summary>How an occupation is named to a person: the SOC title in English; the Dutch label alone in Dutch.</summary>
public static class OccupationNames
{
    /// <summary>
    /// English: the SOC title. Dutch: our reviewed label, else the first Dutch (ESCO) title, else — only when there is no
    /// Dutch name at all — the SOC title. Dutch labels are kept lowercase; a name standing on its own (a button, a heading,
    /// a list item, after a colon) starts with a capital, as the English titles do, so the first letter is raised.
    /// </summary>
    public static string Display(Occupation occupation, Language language)
    {
        ArgumentNullException.ThrowIfNull(occupation);
        if (language != Language.Dutch)
        {
            return occupation.Title;
        }

        var dutch = occupation.DutchLabel ?? (occupation.DutchTitles.Count > 0 ? occupation.DutchTitles[0] : null);
        return dutch is { Length: > 0 } ? Capitalised(dutch) : occupation.Title;
    }

    public static string Display(this IOccupationCatalog catalog, string soc, Language language) =>
        catalog.Find(soc) is { } occupation ? Display(occupation, language) : soc;

    // Dutch capitalises the digraph ij as one letter: "IJzervlechter".
    private static string Capitalised(string name)
    {
        var first = name.StartsWith("ij", StringComparison.Ordinal) ? 2 : 1;
        return char.IsLower(name[0]) ? string.Concat(name[..first].ToUpper(CultureInfo.InvariantCulture), name.AsSpan(first)) : name;
    }
}
