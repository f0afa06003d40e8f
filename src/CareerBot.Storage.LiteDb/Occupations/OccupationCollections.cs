using LiteDB;

namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>The typed collections of the occupation risk store, with their indexes.</summary>
internal static class OccupationCollections
{
    public const string ImportId = "occupations";

    public static ILiteCollection<OccupationDocument> Occupations(ILiteDatabase database)
    {
        var collection = database.GetCollection<OccupationDocument>("occupations");
        collection.EnsureIndex(x => x.Title);
        return collection;
    }

    public static ILiteCollection<IloExposureDocument> IloExposures(ILiteDatabase database) =>
        database.GetCollection<IloExposureDocument>("ilo_exposures");

    public static ILiteCollection<SeedImportDocument> SeedImports(ILiteDatabase database) =>
        database.GetCollection<SeedImportDocument>("seed_imports");
}
