using LiteDB;

namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>The typed collections of the occupation risk store, with their indexes.</summary>
internal static class OccupationCollections
{
    public const string ImportId = "occupations";

    /// <summary>The occupations as stored; reading them needs no index (the catalog loads them all).</summary>
    public static ILiteCollection<OccupationDocument> Occupations(ILiteDatabase database) =>
        database.GetCollection<OccupationDocument>("occupations");

    /// <summary>
    /// The occupations with their title index ensured, for the import that writes them. Only the import asks: ensuring an
    /// index is a write transaction and an expression to parse, which every start of an unchanged store would pay otherwise.
    /// </summary>
    public static ILiteCollection<OccupationDocument> OccupationsForImport(ILiteDatabase database)
    {
        var collection = Occupations(database);
        collection.EnsureIndex(x => x.Title);
        return collection;
    }

    public static ILiteCollection<IloExposureDocument> IloExposures(ILiteDatabase database) =>
        database.GetCollection<IloExposureDocument>("ilo_exposures");

    public static ILiteCollection<SeedImportDocument> SeedImports(ILiteDatabase database) =>
        database.GetCollection<SeedImportDocument>("seed_imports");
}
