using CareerBot.Core.Occupations;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>
/// The occupation risk store, ready to read once <see cref="EnsureReadyAsync"/> has completed: imports the seed files into
/// LiteDB when they changed, then loads the store into memory, exactly once per process however many callers race.
/// The host warms it at start-up; command-line verbs await it themselves because they run without starting the host.
/// </summary>
public sealed class OccupationData : IOccupationCatalog, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly OccupationSeedImporter _importer;
    private readonly ILiteDatabase _database;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<OccupationData> _logger;
    private volatile InMemoryOccupationCatalog? _catalog;

    internal OccupationData(OccupationSeedImporter importer, ILiteDatabase database, TimeProvider timeProvider, ILogger<OccupationData> logger)
    {
        _importer = importer;
        _database = database;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public bool IsReady => _catalog is not null;

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

            await _importer.ImportIfChangedAsync(cancellationToken);
            var started = _timeProvider.GetTimestamp();
            var catalog = OccupationCatalogLoader.Load(_database);
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
