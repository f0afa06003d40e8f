using CareerBot.Core.Occupations;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>
/// The occupation risk store, ready to read once <see cref="EnsureReadyAsync"/> has completed: imports the seed files into
/// LiteDB when they changed, then loads the store into memory (or reads the seeds straight into memory, <see cref="FromSeeds"/>),
/// exactly once per process however many callers race.
/// The host warms it at start-up; command-line verbs await it themselves because they run without starting the host.
/// </summary>
public sealed class OccupationData : IOccupationCatalog, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Func<CancellationToken, Task<InMemoryOccupationCatalog>> _load;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<OccupationData> _logger;
    private volatile InMemoryOccupationCatalog? _catalog;

    /// <summary>Imported into the LiteDB file when the seeds changed, then read from it.</summary>
    internal OccupationData(OccupationSeedImporter importer, ILiteDatabase database, TimeProvider timeProvider, ILogger<OccupationData> logger)
        : this(
            async cancellationToken =>
            {
                await importer.ImportIfChangedAsync(cancellationToken);
                return OccupationCatalogLoader.Load(database);
            },
            timeProvider,
            logger)
    {
    }

    private OccupationData(Func<CancellationToken, Task<InMemoryOccupationCatalog>> load, TimeProvider timeProvider, ILogger<OccupationData> logger)
    {
        _load = load;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public bool IsReady => _catalog is not null;

    /// <summary>
    /// Read from the seed files straight into memory, for a process that keeps no LiteDB file (its conversations are in a
    /// shared server database): the same documents an import would write, without writing and reading them back.
    /// </summary>
    internal static OccupationData FromSeeds(StorageOptions options, TimeProvider timeProvider, ILogger<OccupationData> logger) => new(
        async cancellationToken =>
        {
            var started = timeProvider.GetTimestamp();
            var folder = OccupationSeedImporter.ResolveSeedsFolder(options);
            var catalog = await OccupationCatalogLoader.FromSeedsAsync(folder, cancellationToken);
            var elapsedMs = (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;
            Log.OccupationSeedRead(logger, folder, catalog.Occupations.Count, catalog.IloExposures.Count, elapsedMs);
            return catalog;
        },
        timeProvider,
        logger);

    /// <summary>All occupations, ordered by SOC code (e.g. for a matcher's vocabulary).</summary>
    public IReadOnlyList<Occupation> Occupations => Catalog.Occupations;

    /// <summary>All ILO 2025 ISCO-08 groups, ordered by code.</summary>
    public IReadOnlyList<IloExposure> IloExposures => Catalog.IloExposures;

    private InMemoryOccupationCatalog Catalog =>
        _catalog ?? throw new InvalidOperationException("Occupation data is not loaded yet: await OccupationData.EnsureReadyAsync first.");

    /// <summary>Imports (when the seeds changed) and loads the store; a failure is logged and thrown, and the next call tries again.</summary>
    public async Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        if (_catalog is not null)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_catalog is not null)
            {
                return;
            }

            var started = _timeProvider.GetTimestamp();
            var catalog = await _load(cancellationToken);
            var elapsed = (long)_timeProvider.GetElapsedTime(started).TotalMilliseconds;
            Log.OccupationCatalogLoaded(_logger, catalog.Occupations.Count, catalog.IloExposures.Count, elapsed);
            _catalog = catalog;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.OccupationDataFailed(_logger, ex);
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Occupation? Find(string soc)
    {
        ArgumentNullException.ThrowIfNull(soc);
        return Catalog.Find(soc);
    }

    public IloExposure? FindIlo(string isco08)
    {
        ArgumentNullException.ThrowIfNull(isco08);
        return Catalog.FindIlo(isco08);
    }

    public void Dispose() => _gate.Dispose();
}
