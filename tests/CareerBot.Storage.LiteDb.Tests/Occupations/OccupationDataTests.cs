using CareerBot.Storage.LiteDb.Occupations;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.LiteDb.Tests.Occupations;

public sealed class OccupationDataTests : IDisposable
{
    private readonly SeedFolder _seeds = new();
    private readonly LiteDatabase _database = new(new MemoryStream());

    public void Dispose()
    {
        _database.Dispose();
        _seeds.Dispose();
    }

    [Fact]
    public void Find_BeforeReady_ThrowsSayingWhatToAwait()
    {
        using var sut = CreateSut();

        var ex = Assert.Throws<InvalidOperationException>(() => sut.Find("27-3043"));

        Assert.False(sut.IsReady);
        Assert.Contains(nameof(OccupationData.EnsureReadyAsync), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnsureReadyAsync_ManyConcurrentCallers_AllSeeOneLoadedCatalog()
    {
        using var sut = CreateSut();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => sut.EnsureReadyAsync(CancellationToken.None))));

        Assert.True(sut.IsReady);
        Assert.Equal("Writers and Authors", sut.Find("27-3043")?.Title);
        Assert.Equal(5, sut.Occupations.Count);
        Assert.Equal(1, OccupationCollections.SeedImports(_database).Count());
    }

    [Fact]
    public async Task EnsureReadyAsync_SeedMissing_ThrowsAndSucceedsOnceItIsBack()
    {
        _seeds.Delete(OccupationSeedFiles.Scores);
        using var sut = CreateSut();

        await Assert.ThrowsAsync<FileNotFoundException>(() => sut.EnsureReadyAsync(CancellationToken.None));
        _seeds.Write(OccupationSeedFiles.Scores, SomeSeeds.Scores);
        await sut.EnsureReadyAsync(CancellationToken.None);

        Assert.True(sut.IsReady);
        Assert.Equal(0.55, sut.FindIlo("2641")?.Score);
    }

    [Fact]
    public async Task EnsureReadyAsync_SecondInstanceOnSameDatabase_LoadsWithoutReimport()
    {
        using (var first = CreateSut())
        {
            await first.EnsureReadyAsync(CancellationToken.None);
        }

        var importedAt = OccupationCollections.SeedImports(_database).FindById(OccupationCollections.ImportId).ImportedAt;
        using var sut = CreateSut();

        await sut.EnsureReadyAsync(CancellationToken.None);

        Assert.Equal(importedAt, OccupationCollections.SeedImports(_database).FindById(OccupationCollections.ImportId).ImportedAt);
        Assert.Equal(0.038, sut.Find(" 27-3043 ")?.AutomationProbability);
    }

    private OccupationData CreateSut()
    {
        var importer = new OccupationSeedImporter(
            _database,
            new LiteDbWriteGate(),
            Options.Create(new StorageOptions { SeedsPath = _seeds.Path }),
            TimeProvider.System,
            NullLogger<OccupationSeedImporter>.Instance);
        return new OccupationData(importer, _database, TimeProvider.System, NullLogger<OccupationData>.Instance);
    }
}
