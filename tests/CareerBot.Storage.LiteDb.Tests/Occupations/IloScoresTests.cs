using CareerBot.Core.Occupations;
using CareerBot.Storage.LiteDb.Tests.Occupations.Matching;

namespace CareerBot.Storage.LiteDb.Tests.Occupations;

/// <summary>Dutch users get the ILO score, made for Europe: for their own title and for every occupation with an ISCO mapping.</summary>
public sealed class IloScoresTests(RealSeedsFixture seeds, RealMatcherFixture titles) : IClassFixture<RealSeedsFixture>, IClassFixture<RealMatcherFixture>
{
    /// <summary>
    /// Fifty common Dutch job titles, each with the SOC 2018 occupation it names and the ISCO-08 unit group whose ILO score
    /// should be shown, checked by hand against the SOC and ISCO-08 definitions. (On main before this change, 12 of them had an ILO score.)
    /// </summary>
    public static TheoryData<string, string, string> CommonDutchTitles { get; } = new()
    {
        { "redacteur", "27-3041", "2642" },
        { "bakker", "51-3011", "7512" },
        { "vrachtwagenchauffeur", "53-3032", "8332" },
        { "verpleegkundige", "29-1141", "2221" },
        { "boekhouder", "43-3031", "3313" },
        { "kok", "35-2014", "5120" },
        { "kapper", "39-5012", "5141" },
        { "leraar", "25-2021", "2341" },
        { "advocaat", "23-1011", "2611" },
        { "elektricien", "47-2111", "7411" },
        { "schoonmaker", "37-2011", "9112" },
        { "receptionist", "43-4171", "4226" },
        { "programmeur", "15-1251", "2514" },
        { "softwareontwikkelaar", "15-1252", "2512" },
        { "verkoper", "41-2031", "5223" },
        { "winkelmedewerker", "41-2031", "5223" },
        { "caissière", "41-2011", "5230" },
        { "magazijnmedewerker", "53-7062", "9333" },
        { "timmerman", "47-2031", "7115" },
        { "loodgieter", "47-2152", "7126" },
        { "metselaar", "47-2021", "7112" },
        { "automonteur", "49-3023", "7231" },
        { "huisarts", "29-1215", "2211" },
        { "tandarts", "29-1021", "2261" },
        { "apotheker", "29-1051", "2262" },
        { "fysiotherapeut", "29-1123", "2264" },
        { "psycholoog", "19-3033", "2634" },
        { "accountant", "13-2011", "2411" },
        { "secretaresse", "43-6014", "4120" },
        { "administratief medewerker", "43-9061", "4110" },
        { "callcentermedewerker", "43-4051", "4222" },
        { "postbode", "43-5052", "4412" },
        { "buschauffeur", "53-3052", "8331" },
        { "taxichauffeur", "53-3054", "8322" },
        { "politieagent", "33-3051", "5412" },
        { "brandweerman", "33-2011", "5411" },
        { "beveiliger", "33-9032", "5414" },
        { "serveerster", "35-3031", "5131" },
        { "barman", "35-3011", "5132" },
        { "journalist", "27-3023", "2642" },
        { "grafisch ontwerper", "27-1024", "2166" },
        { "architect", "17-1011", "2161" },
        { "verzorgende", "31-1131", "5321" },
        { "pedagogisch medewerker", "39-9011", "5311" },
        { "hovenier", "37-3011", "6113" },
        { "slager", "51-3021", "7511" },
        { "vertaler", "27-3091", "2643" },
        { "makelaar", "41-9022", "3334" },
        { "marketeer", "13-1161", "2431" },
        { "onderwijsassistent", "25-9042", "5312" },
    };

    [Theory]
    [MemberData(nameof(CommonDutchTitles))]
    public void For_CommonDutchTitle_GivesTheScoredIloGroupCheckedByHand(string title, string soc, string isco)
    {
        var match = titles.Matcher.Match(title, 3)[0];
        var occupation = seeds.Catalog.Find(match.Soc)!;

        var result = seeds.Catalog.For(occupation, match.Isco08);

        Assert.Equal(soc, match.Soc);
        Assert.NotNull(result);
        Assert.Equal(isco, result.Isco08);
        Assert.NotNull(result.Score);
    }

    [Fact]
    public void CommonDutchTitles_HandCheckedList_HasFiftyDifferentTitles()
    {
        var result = CommonDutchTitles.Select(row => (string)row[0]).Distinct().Count();

        Assert.Equal(50, result);
    }

    [Fact]
    public void For_EveryOccupationWithAScoredIscoGroup_GivesAScoredGroupWithoutAMatchedTitle()
    {
        var occupations = seeds.Catalog.Occupations;

        var unscored = occupations.Where(o => seeds.Catalog.For(o, matchedIsco: null) is not { Score: not null }).ToList();

        // The ILO scores no armed forces group (0110, 0210, 0310) and none of three residual groups the only ISCO mapping
        // of three occupations names: 3435 other artistic and cultural associate professionals, 5249 sales workers n.e.c.,
        // 8189 stationary plant and machine operators n.e.c. Every other occupation, current job or target, has its ILO row.
        Assert.All(unscored, o => Assert.True(o.Soc.StartsWith("55-", StringComparison.Ordinal) || o.Soc is "39-3099" or "41-2021" or "53-7011", o.Soc));
        Assert.Equal(occupations.Count(o => o.Soc.StartsWith("55-", StringComparison.Ordinal)) + 3, unscored.Count);
        Assert.All(unscored, o => Assert.All(o.IscoCodes, isco => Assert.Null(seeds.Catalog.FindIlo(isco))));
    }

    [Fact]
    public void IscoCodes_EveryOccupation_HasAMapping()
    {
        var result = seeds.Catalog.Occupations.Where(o => o.IscoCodes.Count == 0).Select(o => o.Soc).ToList();

        Assert.Empty(result);
    }

    [Theory]
    [InlineData("29-1215", "2211")] // Family Medicine Physicians: generalist medical practitioners (ESCO alone put social work first)
    [InlineData("25-2021", "2341")] // Elementary school teachers: primary school teachers (ESCO alone: special needs teachers)
    [InlineData("53-4011", "8311")] // Locomotive engineers: locomotive engine drivers (ESCO alone: mechanical engineering technicians)
    [InlineData("43-5052", "4412")] // Postal mail carriers: mail carriers (ESCO alone: car, taxi and van drivers)
    [InlineData("27-3041", "2642")] // Editors: both sources name journalists and authors; ESCO counts journalists first
    [InlineData("25-1112", "2310")] // Law teachers, postsecondary: university and higher education teachers
    [InlineData("55-3016", "0310")] // Infantry: armed forces, not scored by the ILO
    public void IscoCodes_HandCheckedOccupation_MostLikelyGroupFirst(string soc, string isco)
    {
        var result = seeds.Catalog.Find(soc)!.IscoCodes;

        Assert.Equal(isco, result[0]);
    }
}
