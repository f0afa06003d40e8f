using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>Imports the occupation seed files into LiteDB when their content hash differs from the last import; idempotent.</summary>
internal sealed class OccupationSeedImporter(
    ILiteDatabase database,
    LiteDbWriteGate writeGate,
    IOptions<StorageOptions> options,
    TimeProvider timeProvider,
    ILogger<OccupationSeedImporter> logger)
{
    /// <summary>Part of the content hash: bump it when the import rules change so existing databases re-import.</summary>
    public const string Version = "occupations-v4";

    /// <summary>Returns true when it imported, false when the stored import already matches the seed files.</summary>
    public async Task<bool> ImportIfChangedAsync(CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var folder = ResolveSeedsFolder(options.Value);
        var contentHash = await SeedFileSet.HashAsync(folder, OccupationSeedFiles.All, Version, cancellationToken);
        if (OccupationCollections.SeedImports(database).FindById(OccupationCollections.ImportId)?.ContentHash == contentHash)
        {
            Log.OccupationSeedUnchanged(logger, contentHash);
            return false;
        }

        // Hashed again from the bytes imported, so the stored hash always describes what was imported.
        var files = await SeedFileSet.ReadAsync(folder, OccupationSeedFiles.All, Version, cancellationToken);
        var seed = OccupationSeed.Build(files);
        cancellationToken.ThrowIfCancellationRequested();
        Write(seed, files.ContentHash);
        var elapsed = (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;
        Log.OccupationSeedImported(logger, folder, seed.Occupations.Count, seed.IloExposures.Count, elapsed);
        return true;
    }

    public static string ResolveSeedsFolder(StorageOptions options) =>
        Path.GetFullPath(options.SeedsPath, AppContext.BaseDirectory);

    // One transaction: readers never see a half-replaced store, and a crash mid-import leaves the old data and old hash.
    private void Write(OccupationSeed seed, string contentHash)
    {
        var occupations = OccupationCollections.OccupationsForImport(database);
        var ilo = OccupationCollections.IloExposures(database);
        var imports = OccupationCollections.SeedImports(database);
        using var writing = writeGate.Enter();
        database.BeginTrans();
        try
        {
            occupations.DeleteAll();
            occupations.InsertBulk(seed.Occupations);
            ilo.DeleteAll();
            ilo.InsertBulk(seed.IloExposures);
            imports.Upsert(new SeedImportDocument
            {
                Id = OccupationCollections.ImportId,
                ContentHash = contentHash,
                ImportedAt = timeProvider.GetUtcNow(),
                OccupationCount = seed.Occupations.Count,
                IloGroupCount = seed.IloExposures.Count,
            });
            database.Commit();
        }
        catch
        {
            database.Rollback();
            throw;
        }
    }
}
