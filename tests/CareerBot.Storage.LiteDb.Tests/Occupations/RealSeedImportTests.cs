using System.Text.Json;
using CareerBot.Storage.LiteDb.Occupations;
using CareerBot.Storage.LiteDb.Tests.Occupations.Matching;

namespace CareerBot.Storage.LiteDb.Tests.Occupations;

/// <summary>The real seed files import, and the published figures come out as the papers print them.</summary>
public sealed class RealSeedImportTests(RealSeedsFixture fixture) : IClassFixture<RealSeedsFixture>
{
    [Theory]
    [InlineData("41-9041", "Telemarketers", 0.99)]
    [InlineData("27-3043", "Writers and Authors", 0.038)]
    [InlineData("23-1011", "Lawyers", 0.035)]
    [InlineData("51-3011", "Bakers", 0.89)]
    [InlineData("47-2111", "Electricians", 0.15)]
    [InlineData("29-1125", "Recreational Therapists", 0.0028)]
    [InlineData("13-2011", "Accountants and Auditors", 0.94)]
    public void Find_PinnedOccupation_HasFreyOsborneProbability(string soc, string title, double probability)
    {
        var occupation = fixture.Catalog.Find(soc);

        Assert.NotNull(occupation);
        Assert.Equal(title, occupation.Title);
        Assert.Equal(probability, occupation.AutomationProbability);
        Assert.Equal([soc], occupation.AutomationSourceCodes);
    }

    [Theory]
    [InlineData("27-3043", 0.865)]
    [InlineData("23-1011", 0.425)]
    [InlineData("51-3011", 0.265)]
    public void Find_PinnedOccupation_HasEloundouBeta(string soc, double beta)
    {
        var occupation = fixture.Catalog.Find(soc);

        Assert.Equal(beta, occupation!.GenAiExposure!.Value, 0.0005);
    }

    [Theory]
    [InlineData("2641", "Authors and Related Writers", 0.55, "Exposed: Gradient 3")]
    [InlineData("7512", "Bakers, Pastry-cooks and Confectionery Makers", 0.17, "Not Exposed")]
    public void FindIlo_PinnedGroup_HasScoreAndGradient(string isco, string title, double score, string gradient)
    {
        var group = fixture.Catalog.FindIlo(isco);

        Assert.NotNull(group);
        Assert.Equal(title, group.TitleEnglish);
        Assert.Equal(score, group.Score);
        Assert.Equal(gradient, group.Gradient);
        Assert.False(string.IsNullOrEmpty(group.TitleDutch));
    }

    [Fact]
    public void Import_RealSeeds_HoldsEveryOccupationAndIloGroup()
    {
        Assert.Equal(867, fixture.Catalog.Occupations.Count);
        Assert.Equal(427, fixture.Catalog.IloExposures.Count);
        Assert.All(fixture.Catalog.Occupations, x => Assert.False(string.IsNullOrWhiteSpace(x.Title)));
    }

    [Fact]
    public void Find_OccupationWithoutFreyOsborneScore_StaysNull()
    {
        var legislators = fixture.Catalog.Find("11-1031");

        Assert.NotNull(legislators);
        Assert.Null(legislators.AutomationProbability);
        Assert.Empty(legislators.AutomationSourceCodes);
        Assert.NotNull(legislators.GenAiExposure);
    }

    [Theory]
    [InlineData("13-1021", 5.8, 75650, "Buyers and purchasing agents")] // named in the scores file's bls_ep_code
    [InlineData("25-9042", -1.5, 35240, "Teaching assistants, except postsecondary")] // the broad group's one BLS-only code
    [InlineData("25-9043", -1.5, 35240, "Teaching assistants, except postsecondary")]
    public void Find_BlsPublishesOnlyAWiderGroup_TakesTheGroupsFiguresAndNamesIt(string soc, double growth, double wage, string group)
    {
        var occupation = fixture.Catalog.Find(soc)!;

        Assert.Equal(growth, occupation.GrowthPercent);
        Assert.Equal(wage, occupation.MedianWage);
        Assert.Equal(group, occupation.BlsGroupTitle);
    }

    [Fact]
    public void Find_BlsPublishesTheOccupation_OwnFiguresAndNoGroup()
    {
        Assert.Equal(-22.1, fixture.Catalog.Find("41-9041")!.GrowthPercent);
        Assert.Equal(36650, fixture.Catalog.Find("51-3011")!.MedianWage);
        Assert.Null(fixture.Catalog.Find("51-3011")!.BlsGroupTitle);
        Assert.Equal(3.1, fixture.Catalog.Find("25-9044")!.GrowthPercent);
        Assert.Null(fixture.Catalog.Find("25-9044")!.BlsGroupTitle);
    }

    [Fact]
    public void Find_Writers_HasDutchTitlesDescriptionAndRelatedOccupations()
    {
        var writers = fixture.Catalog.Find("27-3043")!;

        Assert.Contains("schrijver", writers.DutchTitles);
        Assert.Equal("bakker", fixture.Catalog.Find("51-3011")!.DutchTitles[0]);
        Assert.Equal("redacteur", fixture.Catalog.Find("27-3041")!.DutchTitles[0]);
        Assert.False(string.IsNullOrWhiteSpace(writers.Description));
        Assert.Contains("27-3041", writers.RelatedSocs);
        Assert.DoesNotContain("27-3043", writers.RelatedSocs);
    }

    [Fact]
    public void Find_EveryRelatedCode_IsAnOccupationInTheStore()
    {
        var related = fixture.Catalog.Occupations.SelectMany(x => x.RelatedSocs).Distinct().ToList();

        Assert.NotEmpty(related);
        Assert.All(related, soc => Assert.NotNull(fixture.Catalog.Find(soc)));
    }

    [Fact]
    public void Find_AllScores_AreProbabilitiesBetweenZeroAndOne()
    {
        Assert.All(fixture.Catalog.Occupations, x =>
        {
            Assert.InRange(x.AutomationProbability ?? 0, 0, 1);
            Assert.InRange(x.GenAiExposure ?? 0, 0, 1);
        });
        Assert.All(fixture.Catalog.IloExposures, x => Assert.InRange(x.Score ?? 0, 0, 1));
    }

    [Fact]
    public async Task FromSeedsAsync_RealSeeds_TheSameCatalogAsTheLiteDbImport()
    {
        var sut = await OccupationCatalogLoader.FromSeedsAsync(SeedFiles.Folder, CancellationToken.None);

        Assert.Equal(JsonSerializer.Serialize(fixture.Catalog.Occupations), JsonSerializer.Serialize(sut.Occupations));
        Assert.Equal(JsonSerializer.Serialize(fixture.Catalog.IloExposures), JsonSerializer.Serialize(sut.IloExposures));
        Assert.Contains(sut.IloExposures, x => x.Tasks.Any(t => t.TextDutch is not null));
    }
}
