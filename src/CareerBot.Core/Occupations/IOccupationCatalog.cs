namespace CareerBot.Core.Occupations;

/// <summary>Read-only, in-memory view of the occupation risk store (loaded once from storage).</summary>
public interface IOccupationCatalog
{
    Occupation? Find(string soc);

    IloExposure? FindIlo(string isco08);
}
