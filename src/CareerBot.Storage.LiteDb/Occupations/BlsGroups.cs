namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>
/// BLS growth and median wage by BLS code, and which code speaks for each occupation: its own where BLS publishes it,
/// else the wider group BLS counts it in (the scores file's bls_ep_code, e.g. 13-1020, or the one BLS-only code of the
/// SOC broad group, e.g. 25-9045).
/// </summary>
internal sealed class BlsGroups
{
    private readonly Dictionary<string, string> _listed;
    private readonly HashSet<string> _occupations;

    private BlsGroups(Dictionary<string, double> growth, Dictionary<string, double> wages, Dictionary<string, string> titles, Dictionary<string, string> listed, HashSet<string> occupations)
    {
        Growth = growth;
        Wages = wages;
        Titles = titles;
        _listed = listed;
        _occupations = occupations;
    }

    public IReadOnlyDictionary<string, double> Growth { get; }

    public IReadOnlyDictionary<string, double> Wages { get; }

    /// <summary>BLS code → its title, as BLS writes it.</summary>
    public IReadOnlyDictionary<string, string> Titles { get; }

    public static BlsGroups Read(SeedTable projections, SeedTable wages, SeedTable scores, IEnumerable<string> occupations) => new(
        ScoreSeedReader.ReadBls(projections, "change_percent"),
        ScoreSeedReader.ReadBls(wages, "annual_median_wage"),
        ScoreSeedReader.ReadBlsTitles(projections),
        ScoreSeedReader.ReadBlsCodes(scores),
        occupations.ToHashSet(StringComparer.Ordinal));

    /// <summary>The BLS code whose figures the occupation carries: itself when it has none of its own and no group either.</summary>
    public string CodeFor(string soc)
    {
        if (Published(soc))
        {
            return soc;
        }

        if (_listed.GetValueOrDefault(soc) is { Length: > 0 } listed && Published(listed))
        {
            return listed;
        }

        var broad = soc.Length >= 6 ? soc[..6] : soc;
        var groups = Growth.Keys.Concat(Wages.Keys)
            .Where(code => code.StartsWith(broad, StringComparison.Ordinal) && !_occupations.Contains(code))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return groups.Count == 1 ? groups[0] : soc;
    }

    private bool Published(string code) => Growth.ContainsKey(code) || Wages.ContainsKey(code);
}
