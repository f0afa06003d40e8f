namespace CareerBot.Core.Occupations;

/// <summary>Read-only, in-memory view of the occupation risk store (loaded once from storage).</summary>
public interface IOccupationCatalog
{
    /// <summary>Every occupation in the store, in its seed order.</summary>
    IReadOnlyList<Occupation> Occupations { get; }

    Occupation? Find(string soc);

    IloExposure? FindIlo(string isco08);
}
