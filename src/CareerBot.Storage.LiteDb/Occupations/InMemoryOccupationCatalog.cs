using CareerBot.Core.Occupations;

namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>The occupation store held in memory: lookups are dictionary reads, safe from any thread.</summary>
internal sealed class InMemoryOccupationCatalog(IReadOnlyList<Occupation> occupations, IReadOnlyList<IloExposure> iloExposures) : IOccupationCatalog
{
    private readonly Dictionary<string, Occupation> _bySoc = occupations.ToDictionary(x => x.Soc, StringComparer.Ordinal);
    private readonly Dictionary<string, IloExposure> _byIsco = iloExposures.ToDictionary(x => x.Isco08, StringComparer.Ordinal);

    public IReadOnlyList<Occupation> Occupations { get; } = occupations;

    public IReadOnlyList<IloExposure> IloExposures { get; } = iloExposures;

    public Occupation? Find(string soc) => _bySoc.GetValueOrDefault(soc.Trim());

    public IloExposure? FindIlo(string isco08) => _byIsco.GetValueOrDefault(isco08.Trim());
}
