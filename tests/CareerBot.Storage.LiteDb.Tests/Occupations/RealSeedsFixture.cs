using CareerBot.Storage.LiteDb.Occupations;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.LiteDb.Tests.Occupations;

/// <summary>Imports the seed files the product ships (copied to the test output from the repository's seeds/) once per test class.</summary>
public sealed class RealSeedsFixture : IAsyncLifetime, IDisposable
{
    private readonly LiteDatabase _database = new(new MemoryStream());

    internal InMemoryOccupationCatalog Catalog { get; private set; } = new([], []);

    public async Task InitializeAsync()
    {
        var importer = new OccupationSeedImporter(
            _database,
            new LiteDbWriteGate(),
            Options.Create(new StorageOptions()),
            TimeProvider.System,
            NullLogger<OccupationSeedImporter>.Instance);
        await importer.ImportIfChangedAsync(CancellationToken.None);
        Catalog = OccupationCatalogLoader.Load(_database);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _database.Dispose();
}
