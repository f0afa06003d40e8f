using CareerBot.Core.Occupations;
using LiteDB;

namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>Reads the occupation collections once (or the seed files) and maps the storage documents to Core records.</summary>
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

    /// <summary>The catalogue built from the seed files alone, as an import would store it.</summary>
    public static async Task<InMemoryOccupationCatalog> FromSeedsAsync(string folder, CancellationToken cancellationToken)
    {
        var files = await SeedFileSet.ReadAsync(folder, OccupationSeedFiles.All, OccupationSeedImporter.Version, cancellationToken);
        var seed = OccupationSeed.Build(files);
        return new InMemoryOccupationCatalog(
            [.. seed.Occupations.Select(ToOccupation).OrderBy(x => x.Soc, StringComparer.Ordinal)],
            [.. seed.IloExposures.Select(ToIloExposure).OrderBy(x => x.Isco08, StringComparer.Ordinal)]);
    }

    private static Occupation ToOccupation(OccupationDocument document) => new()
    {
        Soc = document.Id,
        Title = document.Title,
        DutchTitles = document.DutchTitles,
        DutchLabel = document.DutchLabel,
        IscoCodes = document.IscoCodes,
        Description = document.Description,
        AutomationProbability = document.AutomationProbability,
        AutomationSourceCodes = document.AutomationSourceCodes,
        AutomationGroupTitle = document.AutomationGroupTitle,
        AutomationGroupTitleDutch = document.AutomationGroupTitleDutch,
        GenAiExposure = document.GenAiExposure,
        GrowthPercent = document.GrowthPercent,
        BlsGroupTitle = document.BlsGroupTitle,
        BlsGroupTitleDutch = document.BlsGroupTitleDutch,
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
        Tasks = [.. document.Tasks.Select(task => new IloTask(task.Id, task.Text, task.TextDutch, task.Score))],
    };
}
