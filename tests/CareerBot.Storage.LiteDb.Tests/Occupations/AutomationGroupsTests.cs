namespace CareerBot.Storage.LiteDb.Tests.Occupations;

/// <summary>Frey &amp; Osborne figures published for a wider group than the occupation carry that group's name, checked by hand.</summary>
public sealed class AutomationGroupsTests(RealSeedsFixture seeds) : IClassFixture<RealSeedsFixture>
{
    [Theory]
    [InlineData("25-1112", 0.032, "Postsecondary teachers", "docenten hoger onderwijs")] // Frey & Osborne's row 25-1000, an OES aggregate
    [InlineData("29-1215", 0.0042, "Physicians and surgeons", "artsen en chirurgen")] // 29-1060, an aggregate of all physicians
    [InlineData("15-1232", 0.65, "Computer support specialists", "medewerkers ict-ondersteuning")] // 15-1150, split over two SOC 2018 codes
    [InlineData("29-1171", 0.009, "Registered nurses", "verpleegkundigen")] // nurse practitioners carry the registered nurses' figure
    [InlineData("11-3013", 0.73, "Administrative services managers", "managers administratieve diensten")] // SOC 2010 11-3011, split by BLS
    [InlineData("13-1082", 0.2333, "Computer occupations, all other; Business operations specialists, all other; Managers, all other",
        "overige ict-beroepen; overige bedrijfskundige specialisten; overige managers")] // the mean of three residual groups
    public void Find_FigureFromAWiderGroup_NamesTheGroupInBothLanguages(string soc, double probability, string group, string groupDutch)
    {
        var result = seeds.Catalog.Find(soc)!;

        Assert.Equal(probability, result.AutomationProbability);
        Assert.Equal(group, result.AutomationGroupTitle);
        Assert.Equal(groupDutch, result.AutomationGroupTitleDutch);
    }

    [Theory]
    [InlineData("27-3043")] // Writers and Authors: its own SOC 2010 row
    [InlineData("29-1141")] // Registered Nurses: "Registered nurses" is its own name
    [InlineData("31-9099")] // Healthcare Support Workers, All Other: the aggregate of the same name
    [InlineData("13-2051")] // Financial and Investment Analysts: kept the SOC 2010 code that was split off from
    [InlineData("11-1031")] // Legislators: no figure at all
    public void Find_OwnFigureOrNone_NoGroup(string soc)
    {
        var result = seeds.Catalog.Find(soc)!;

        Assert.Null(result.AutomationGroupTitle);
        Assert.Null(result.AutomationGroupTitleDutch);
    }

    [Fact]
    public void Find_AllOccupations_AGroupOnlyWithAFigureAndAlwaysInBothLanguages()
    {
        var grouped = seeds.Catalog.Occupations.Where(o => o.AutomationGroupTitle is not null).ToList();

        Assert.All(grouped, o => Assert.NotNull(o.AutomationProbability));
        Assert.All(grouped, o => Assert.False(string.IsNullOrWhiteSpace(o.AutomationGroupTitleDutch)));
        Assert.Equal(115, grouped.Count);
    }
}
