namespace CareerBot.Core.Occupations;

/// <summary>Which ILO (2025) row speaks for an occupation: the ISCO group the person's own title named, else the occupation's mapping.</summary>
public static class IloScores
{
    /// <summary>
    /// The ILO row for <paramref name="occupation"/>: <paramref name="matchedIsco"/> (from an ESCO title the person typed) when
    /// the ILO scores it, else the first of <see cref="Occupation.IscoCodes"/> that it scores; null when none is scored.
    /// </summary>
    public static IloExposure? For(this IOccupationCatalog catalog, Occupation occupation, string? matchedIsco)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(occupation);
        if (matchedIsco is not null && catalog.FindIlo(matchedIsco) is { Score: not null } matched)
        {
            return matched;
        }

        foreach (var isco in occupation.IscoCodes)
        {
            if (catalog.FindIlo(isco) is { Score: not null } mapped)
            {
                return mapped;
            }
        }

        return null;
    }
}
