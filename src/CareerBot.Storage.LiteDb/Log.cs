using Microsoft.Extensions.Logging;

namespace CareerBot.Storage.LiteDb;

/// <summary>Source-generated log messages of the storage project. Event ids 100–199: occupation data.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Imported occupation data from {Folder}: {OccupationCount} occupations, {IloGroupCount} ILO groups in {ElapsedMs} ms")]
    public static partial void OccupationSeedImported(ILogger logger, string folder, int occupationCount, int iloGroupCount, long elapsedMs);

    [LoggerMessage(EventId = 101, Level = LogLevel.Debug, Message = "Occupation seed files unchanged (hash {ContentHash}); import skipped")]
    public static partial void OccupationSeedUnchanged(ILogger logger, string contentHash);

    [LoggerMessage(EventId = 102, Level = LogLevel.Debug, Message = "Occupation catalog loaded: {OccupationCount} occupations, {IloGroupCount} ILO groups in {ElapsedMs} ms")]
    public static partial void OccupationCatalogLoaded(ILogger logger, int occupationCount, int iloGroupCount, long elapsedMs);

    [LoggerMessage(EventId = 103, Level = LogLevel.Error, Message = "Occupation data could not be imported or loaded")]
    public static partial void OccupationDataFailed(ILogger logger, Exception exception);
}
