using CareerBot.Storage.LiteDb.Occupations;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.LiteDb.Tests.Occupations;

/// <summary>The join rules, on the small hand-written seeds: what goes where, and that nothing is borrowed from a neighbour.</summary>
public sealed class OccupationSeedTests : IDisposable
{
    private readonly SeedFolder _seeds = new();
    private readonly LiteDatabase _database = new(new MemoryStream());

    public void Dispose()
    {
        _database.Dispose();
        _seeds.Dispose();
    }

    [Fact]
    public async Task Import_FullyCoveredOccupation_HoldsEveryFigure()
    {
        var sut = await CreateSutAsync();

        var writers = sut.Find("27-3043");

        Assert.NotNull(writers);
        Assert.Equal("Writers and Authors", writers.Title);
        Assert.Equal(0.038, writers.AutomationProbability);
        Assert.Equal(["27-3043"], writers.AutomationSourceCodes);
        Assert.Equal(3.6, writers.GrowthPercent);
        Assert.Equal(72270, writers.MedianWage);
        Assert.StartsWith("Originate and prepare written material", writers.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_OwnOnetCodePresent_TakesItsBetaNotTheMeanOfSubCodes()
    {
        var sut = await CreateSutAsync();

        Assert.Equal(0.8653846153846154, sut.Find("27-3043")!.GenAiExposure);
    }

    [Fact]
    public async Task Import_OnlySubCodes_TakesTheirMeanBetaAndNoDescription()
    {
        var sut = await CreateSutAsync();

        var managers = sut.Find("11-9179")!;

        Assert.Equal(0.45, managers.GenAiExposure!.Value, 10);
        Assert.Null(managers.Description);
    }

    [Fact]
    public async Task Import_SeveralSoc2010CodesMerged_KeepsTheMeanAndItsSourceCodes()
    {
        var sut = await CreateSutAsync();

        var managers = sut.Find("11-9179")!;

        Assert.Equal(0.2333, managers.AutomationProbability);
        Assert.Equal(["15-1799", "13-1199", "11-9199"], managers.AutomationSourceCodes);
    }

    [Fact]
    public async Task Import_BlsPublishesOnlyTheAggregate_TheGroupsFiguresWithItsTitle()
    {
        var sut = await CreateSutAsync();

        var buyers = sut.Find("13-1021")!;

        Assert.Equal(5.8, buyers.GrowthPercent);
        Assert.Equal(75650, buyers.MedianWage);
        Assert.Equal("Buyers and purchasing agents", buyers.BlsGroupTitle);
        Assert.Null(sut.Find("27-3043")!.BlsGroupTitle);
    }

    [Fact]
    public async Task Import_MissingValues_StayNull()
    {
        var sut = await CreateSutAsync();

        var legislators = sut.Find("11-1031")!;
        var buyers = sut.Find("13-1021")!;
        var managers = sut.Find("11-9179")!;

        Assert.Null(legislators.AutomationProbability);
        Assert.Empty(legislators.AutomationSourceCodes);
        Assert.Null(legislators.MedianWage);
        Assert.Equal(3.4, legislators.GrowthPercent);
        Assert.Null(managers.GrowthPercent);
        Assert.Null(managers.BlsGroupTitle);
        Assert.Empty(legislators.DutchTitles);
        Assert.Empty(legislators.RelatedSocs);
    }

    [Fact]
    public async Task Import_RelatedOccupations_OrderedByTierThenIndexAsKnownSoc2018Codes()
    {
        var sut = await CreateSutAsync();

        var writers = sut.Find("27-3043")!;

        Assert.Equal(["27-3041", "11-9179", "13-1021", "11-1031"], writers.RelatedSocs);
    }

    [Fact]
    public async Task Import_DutchTitles_ReviewedFirstThenEscoLabelsNamingTheOccupationThenShortest()
    {
        var sut = await CreateSutAsync();

        Assert.Equal(["tekstschrijver", "schrijver", "blogger", "speechschrijver"], sut.Find("27-3043")!.DutchTitles);
        Assert.Equal(["redacteur"], sut.Find("27-3041")!.DutchTitles);
    }

    [Fact]
    public async Task Import_IloGroups_HoldScoreGradientAndTitles()
    {
        var sut = await CreateSutAsync();

        var authors = sut.FindIlo("2641")!;
        var chiefs = sut.FindIlo("1113")!;

        Assert.Equal(0.55, authors.Score);
        Assert.Equal("Exposed: Gradient 3", authors.Gradient);
        Assert.Equal("Authors and Related Writers", authors.TitleEnglish);
        Assert.Equal("Auteurs e.d.", authors.TitleDutch);
        Assert.Null(chiefs.Score);
        Assert.Null(chiefs.Gradient);
        Assert.Null(chiefs.TitleDutch);
    }

    [Fact]
    public async Task Find_UnknownCodes_ReturnNull()
    {
        var sut = await CreateSutAsync();

        Assert.Null(sut.Find("99-9999"));
        Assert.Null(sut.Find(""));
        Assert.Null(sut.FindIlo("0000"));
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
