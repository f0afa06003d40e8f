using CareerBot.Storage.LiteDb.Occupations;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Storage.LiteDb.Tests.Occupations;

public sealed class OccupationSeedImporterTests : IDisposable
{
    private readonly SeedFolder _seeds = new();
    private readonly LiteDatabase _database = new(new MemoryStream());
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        _database.Dispose();
        _seeds.Dispose();
    }

    [Fact]
    public async Task ImportIfChangedAsync_FirstRun_ImportsOneDocumentPerOccupationAndIloGroup()
    {
        var sut = CreateSut();

        var imported = await sut.ImportIfChangedAsync(CancellationToken.None);

        Assert.True(imported);
        Assert.Equal(5, OccupationCollections.Occupations(_database).Count());
        Assert.Equal(3, OccupationCollections.IloExposures(_database).Count());
    }

    [Fact]
    public async Task ImportIfChangedAsync_SeedsUnchanged_SkipsImport()
    {
        var sut = CreateSut();
        await sut.ImportIfChangedAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(1));

        var imported = await sut.ImportIfChangedAsync(CancellationToken.None);

        Assert.False(imported);
        var record = OccupationCollections.SeedImports(_database).FindById(OccupationCollections.ImportId);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero), record.ImportedAt);
    }

    [Fact]
    public async Task ImportIfChangedAsync_SeedChanged_ReimportsWithoutDuplicates()
    {
        var sut = CreateSut();
        await sut.ImportIfChangedAsync(CancellationToken.None);
        _seeds.Write(OccupationSeedFiles.FreyOsborne, SomeSeeds.FreyOsborne.Replace(",0.038,", ",0.5,", StringComparison.Ordinal));

        var imported = await sut.ImportIfChangedAsync(CancellationToken.None);

        Assert.True(imported);
        var occupations = OccupationCollections.Occupations(_database);
        Assert.Equal(5, occupations.Count());
        Assert.Equal(0.5, occupations.FindById("27-3043").AutomationProbability);
    }

    [Fact]
    public async Task ImportIfChangedAsync_RowRemovedFromSeed_RemovesItsDocument()
    {
        var sut = CreateSut();
        await sut.ImportIfChangedAsync(CancellationToken.None);
        _seeds.Write(OccupationSeedFiles.Scores, string.Join('\n', SomeSeeds.Scores.Split('\n').Where(l => !l.StartsWith("27-3041", StringComparison.Ordinal))));

        await sut.ImportIfChangedAsync(CancellationToken.None);

        Assert.Null(OccupationCollections.Occupations(_database).FindById("27-3041"));
        Assert.Equal(4, OccupationCollections.Occupations(_database).Count());
    }

    [Fact]
    public async Task ImportIfChangedAsync_MissingSeedFile_ThrowsNamingTheFile()
    {
        _seeds.Delete(OccupationSeedFiles.Ilo);
        var sut = CreateSut();

        var ex = await Assert.ThrowsAsync<FileNotFoundException>(() => sut.ImportIfChangedAsync(CancellationToken.None));

        Assert.Contains(OccupationSeedFiles.Ilo, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportIfChangedAsync_MissingColumn_ThrowsAndKeepsPreviousImport()
    {
        var sut = CreateSut();
        await sut.ImportIfChangedAsync(CancellationToken.None);
        _seeds.Write(OccupationSeedFiles.Eloundou, SomeSeeds.Eloundou.Replace("dv_rating_beta", "beta", StringComparison.Ordinal));

        var ex = await Assert.ThrowsAsync<InvalidDataException>(() => sut.ImportIfChangedAsync(CancellationToken.None));

        Assert.Contains("dv_rating_beta", ex.Message, StringComparison.Ordinal);
        Assert.Equal(5, OccupationCollections.Occupations(_database).Count());
    }

    [Fact]
    public async Task ImportIfChangedAsync_StaleTaskTranslation_ThrowsNamingTheTaskAndKeepsPreviousImport()
    {
        var sut = CreateSut();
        await sut.ImportIfChangedAsync(CancellationToken.None);
        _seeds.Write(OccupationSeedFiles.IloTasks, SomeSeeds.IloTasks.Replace("Analysing material and creating", "Analysing drawings and creating", StringComparison.Ordinal));

        var ex = await Assert.ThrowsAsync<InvalidDataException>(() => sut.ImportIfChangedAsync(CancellationToken.None));

        Assert.Contains("stale", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2641/4", ex.Message, StringComparison.Ordinal);
        Assert.Equal(4, OccupationCollections.IloExposures(_database).FindById("2641").Tasks[3].Id);
    }

    [Fact]
    public async Task ImportIfChangedAsync_TranslationOfATaskTheIloFileLacks_Throws()
    {
        _seeds.Write(OccupationSeedFiles.IloTasksDutch, SomeSeeds.IloTasksDutch.Replace("2641,4,", "2641,9,", StringComparison.Ordinal));
        var sut = CreateSut();

        var ex = await Assert.ThrowsAsync<InvalidDataException>(() => sut.ImportIfChangedAsync(CancellationToken.None));

        Assert.Contains("2641/9", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportIfChangedAsync_TextWhereNumberBelongs_Throws()
    {
        _seeds.Write(OccupationSeedFiles.BlsWages, SomeSeeds.BlsWages.Replace("72270", "lots", StringComparison.Ordinal));
        var sut = CreateSut();

        await Assert.ThrowsAsync<InvalidDataException>(() => sut.ImportIfChangedAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ImportIfChangedAsync_Cancelled_Throws()
    {
        var sut = CreateSut();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sut.ImportIfChangedAsync(cancellation.Token));

        Assert.Equal(0, OccupationCollections.Occupations(_database).Count());
    }

    private OccupationSeedImporter CreateSut() => new(
        _database,
        new LiteDbWriteGate(),
        Options.Create(new StorageOptions { SeedsPath = _seeds.Path }),
        _time,
        NullLogger<OccupationSeedImporter>.Instance);
}
