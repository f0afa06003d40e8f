using CareerBot.Core.Occupations;
using LiteDB;

namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>Reads the occupation collections once and maps the storage documents to Core records.</summary>
internal static class OccupationCatalogLoader
{
    public static InMemoryOccupationCatalog Load(ILiteDatabase database)
    {
        var occupations = OccupationCollections.Occupations(database).FindAll()
            .Select(ToOccupation)
            .OrderBy(x => x.Soc, StringComparer.Ordinal)
            .ToList();
        var ilo = OccupationCollections.IloExposures(database).FindAll()
            .Select(ToIloExposure)
            .OrderBy(x => x.Isco08, StringComparer.Ordinal)
            .ToList();
        return new InMemoryOccupationCatalog(occupations, ilo);
    }

    private static Occupation ToOccupation(OccupationDocument document) => new()
    {
        Soc = document.Id,
        Title = document.Title,
        DutchTitles = document.DutchTitles,
        Description = document.Description,
        AutomationProbability = document.AutomationProbability,
        AutomationSourceCodes = document.AutomationSourceCodes,
        GenAiExposure = document.GenAiExposure,
        GrowthPercent = document.GrowthPercent,
        MedianWage = document.MedianWage,
        RelatedSocs = document.RelatedSocs,
    };

    private static IloExposure ToIloExposure(IloExposureDocument document) => new()
    {
        Isco08 = document.Id,
        TitleEnglish = document.TitleEnglish,
        TitleDutch = document.TitleDutch,
        Score = document.Score,
        Gradient = document.Gradient,
    };
}
