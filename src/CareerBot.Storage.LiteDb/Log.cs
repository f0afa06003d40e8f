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

    [LoggerMessage(EventId = 104, Level = LogLevel.Debug, Message = "Title index loaded from {Path} in {ElapsedMs} ms")]
    public static partial void TitleIndexLoaded(ILogger logger, string path, long elapsedMs);

    [LoggerMessage(EventId = 105, Level = LogLevel.Information, Message = "Title index built from the seed files in {ElapsedMs} ms, saved to {Path}")]
    public static partial void TitleIndexBuilt(ILogger logger, long elapsedMs, string path);

    [LoggerMessage(EventId = 106, Level = LogLevel.Information, Message = "Title index in {Path} was built from other seed files or code; rebuilding it")]
    public static partial void TitleIndexStale(ILogger logger, string path);

    [LoggerMessage(EventId = 107, Level = LogLevel.Warning, Message = "Title index in {Path} could not be read; rebuilding it from the seed files")]
    public static partial void TitleIndexDamaged(ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 109, Level = LogLevel.Information, Message = "Occupation data read from {Folder} into memory: {OccupationCount} occupations, {IloGroupCount} ILO groups in {ElapsedMs} ms")]
    public static partial void OccupationSeedRead(ILogger logger, string folder, int occupationCount, int iloGroupCount, long elapsedMs);

    [LoggerMessage(EventId = 108, Level = LogLevel.Warning, Message = "Title index could not be saved to {Path}; the next start builds it again")]
    public static partial void TitleIndexNotSaved(ILogger logger, string path, Exception exception);
}
