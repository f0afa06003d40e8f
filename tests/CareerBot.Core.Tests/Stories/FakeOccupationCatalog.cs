using CareerBot.Core.Occupations;

namespace CareerBot.Core.Tests.Stories;

/// <summary>An occupation catalog that only knows related occupations.</summary>
internal sealed class FakeOccupationCatalog(Dictionary<string, string[]> related) : IOccupationCatalog
{
    public IReadOnlyList<Occupation> Occupations => [.. related.Keys.Select(soc => Find(soc)!)];

    public Occupation? Find(string soc) =>
        related.TryGetValue(soc, out var socs) ? new Occupation { Soc = soc, Title = soc, RelatedSocs = socs } : null;

    public IloExposure? FindIlo(string isco08) => null;
}
