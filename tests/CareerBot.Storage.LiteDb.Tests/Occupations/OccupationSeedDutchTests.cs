using CareerBot.Storage.LiteDb.Occupations;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.LiteDb.Tests.Occupations;

/// <summary>The join rules of the ISCO mapping, the Dutch names, the wider Frey &amp; Osborne groups and the ILO tasks, on the small seeds.</summary>
public sealed class OccupationSeedDutchTests : IDisposable
{
    private readonly SeedFolder _seeds = new();
    private readonly LiteDatabase _database = new(new MemoryStream());

    public void Dispose()
    {
        _database.Dispose();
        _seeds.Dispose();
    }

    [Theory]
    [InlineData("27-3043", new[] { "2641", "2642" })] // both sources name 2641; ESCO alone 2642 (a secondary candidate)
    [InlineData("27-3041", new[] { "2642", "2641" })] // both name 2642; the official crosswalk alone 2641
    [InlineData("11-1031", new[] { "1111" })] // the official crosswalk alone
    [InlineData("11-9179", new string[0])] // neither
    public async Task Import_IscoCodes_BothSourcesFirstThenTheOfficialCrosswalkThenEsco(string soc, string[] expected)
    {
        var sut = await CreateSutAsync();

        var result = sut.Find(soc)!.IscoCodes;

        Assert.Equal(expected, result);
    }

    [Fact]
    public async Task Import_DutchLabels_TheReviewedNameOfTheOccupationAndOfItsBlsGroup()
    {
        var sut = await CreateSutAsync();

        var writers = sut.Find("27-3043")!;
        var buyers = sut.Find("13-1021")!;

        Assert.Equal("schrijvers en auteurs", writers.DutchLabel);
        Assert.Null(writers.BlsGroupTitleDutch);
        Assert.Equal("inkopers van landbouwproducten", buyers.DutchLabel);
        Assert.Equal("inkopers", buyers.BlsGroupTitleDutch);
        Assert.Null(sut.Find("11-9179")!.DutchLabel);
    }

    [Fact]
    public async Task Import_FreyOsborneMeanOfWiderGroups_NamesThemInBothLanguages()
    {
        var sut = await CreateSutAsync();

        var managers = sut.Find("11-9179")!;

        Assert.Equal("Computer occupations, all other; Business operations specialists, all other; Managers, all other", managers.AutomationGroupTitle);
        Assert.Equal("ict-beroepen, overig; specialisten bedrijfsvoering, overig; managers, overig", managers.AutomationGroupTitleDutch);
        Assert.Null(sut.Find("27-3043")!.AutomationGroupTitle);
    }

    [Fact]
    public async Task Import_IloTasks_InFileOrderWithScoresAndDutchWhereTranslated()
    {
        var sut = await CreateSutAsync();

        var tasks = sut.FindIlo("2641")!.Tasks;

        Assert.Equal([1, 2, 3, 4, 5, 6], tasks.Select(t => t.Id));
        Assert.Equal(0.6625, tasks[5].Score);
        Assert.Equal("Selecting material for publication, checking the author\u2019s style;", tasks[5].Text);
        Assert.Equal("materiaal selecteren voor publicatie, de stijl van de auteur controleren", tasks[5].TextDutch);
        Assert.Null(tasks[0].TextDutch);
        Assert.Single(sut.FindIlo("7512")!.Tasks);
        Assert.Empty(sut.FindIlo("1113")!.Tasks);
    }

    [Fact]
    public async Task Import_WiderFreyOsborneGroupWithoutDutchName_ThrowsNamingTheGroup()
    {
        _seeds.Write(OccupationSeedFiles.FreyOsborneGroupsDutch, SomeSeeds.FreyOsborneGroupsDutch.Replace("13-1199", "13-9999", StringComparison.Ordinal));

        var ex = await Assert.ThrowsAsync<InvalidDataException>(CreateSutAsync);

        Assert.Contains("13-1199", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_DutchTitleTranslatedFromOtherEnglish_ThrowsAsStale()
    {
        _seeds.Write(OccupationSeedFiles.SocTitlesDutch, SomeSeeds.SocTitlesDutch.Replace("27-3041,detailed,Editors", "27-3041,detailed,Copy Editors", StringComparison.Ordinal));

        var ex = await Assert.ThrowsAsync<InvalidDataException>(CreateSutAsync);

        Assert.Contains("stale", ex.Message, StringComparison.Ordinal);
        Assert.Contains("27-3041", ex.Message, StringComparison.Ordinal);
    }

    private async Task<InMemoryOccupationCatalog> CreateSutAsync()
    {
        var importer = new OccupationSeedImporter(
            _database,
            new LiteDbWriteGate(),
            Options.Create(new StorageOptions { SeedsPath = _seeds.Path }),
            TimeProvider.System,
            NullLogger<OccupationSeedImporter>.Instance);
        await importer.ImportIfChangedAsync(CancellationToken.None);
        return OccupationCatalogLoader.Load(_database);
    }
}
