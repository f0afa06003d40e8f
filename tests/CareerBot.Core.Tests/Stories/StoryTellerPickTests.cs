using CareerBot.Core.Conversations;
using CareerBot.Core.Stories;

namespace CareerBot.Core.Tests.Stories;

public sealed class StoryTellerPickTests
{
    [Theory]
    [InlineData("27-3043", "jacqueline-bowman")] // writer
    [InlineData("27-3041", "janet-feenstra")] // academic editor
    [InlineData("15-1232", "bethan")] // helpdesk
    [InlineData("23-1011", "paola-adeitan")] // lawyer
    [InlineData("19-5011", "richard")] // health & safety
    [InlineData("13-1161", "marketer-side-income")]
    [InlineData("27-3043.00", "jacqueline-bowman")] // O*NET-SOC form
    public void Pick_SameCurrentOccupation_ReturnsThatPerson(string currentSoc, string expected)
    {
        var sut = CreateSut();

        var result = sut.Pick(new StoryRequest { CurrentSoc = currentSoc, Goal = CareerGoal.NotSure });

        Assert.Equal(expected, result?.Id);
    }

    [Theory]
    [InlineData("51-3011", "janet-feenstra")] // wants to bake
    [InlineData("21-1013", "jacqueline-bowman")] // wants to be a therapist
    [InlineData("47-2111", "richard")] // wants to be an electrician
    public void Pick_SameTargetOccupation_ReturnsWhoMovedThere(string targetSoc, string expected)
    {
        var sut = CreateSut();

        var result = sut.Pick(new StoryRequest { CurrentSoc = "53-3032", TargetSoc = targetSoc, Goal = CareerGoal.Retrain });

        Assert.Equal(expected, result?.Id);
    }

    [Theory]
    [InlineData("27-3042", null, "jacqueline-bowman")] // technical writer: same broad group as writers and editors
    [InlineData("27-3042", "jacqueline-bowman", "janet-feenstra")]
    [InlineData("19-5012", null, "richard")] // health & safety technician: same broad group
    [InlineData("15-1231", null, "bethan")] // network support: same broad group
    [InlineData("23-2011", null, "paola-adeitan")] // paralegal: same major group only
    [InlineData("35-3031", null, "bethan")] // waiter: same minor group as her café job
    public void Pick_SameSocGroup_ReturnsTheClosest(string currentSoc, string? toldLast, string expected)
    {
        var sut = CreateSut();

        var result = sut.Pick(new StoryRequest { CurrentSoc = currentSoc, AlreadyTold = toldLast is null ? [] : [toldLast] });

        Assert.Equal(expected, result?.Id);
    }

    [Fact]
    public void Pick_OwnJobAndMovedIntoIt_PrefersOwnJob()
    {
        var sut = SeedJson.Teller(null, SeedJson.Story("moved-in", "11-1011", "27-3043"), SeedJson.Story("left", "27-3043", null));

        var result = sut.Pick(new StoryRequest { CurrentSoc = "27-3043" });

        Assert.Equal("left", result?.Id);
    }

    [Fact]
    public void Pick_RelatedOccupation_IsTheFallbackAfterSocGroups()
    {
        var catalog = new FakeOccupationCatalog(new() { ["43-4051"] = ["41-2031", "15-1232"] });
        var sut = StoryTeller.Load(SeedJson.RealSeedPath, catalog);

        var related = sut.Pick(new StoryRequest { CurrentSoc = "43-4051" });
        var unrelated = CreateSut().Pick(new StoryRequest { CurrentSoc = "43-4051" });

        Assert.Equal("bethan", related?.Id);
        Assert.Equal("jacqueline-bowman", unrelated?.Id);
    }

    [Fact]
    public void Pick_RelatedInEitherDirection_Counts()
    {
        var sut = CreateSut(soc => soc == "13-1161" ? ["41-3091"] : []);

        var result = sut.Pick(new StoryRequest { CurrentSoc = "41-3091.00" });

        Assert.Equal("marketer-side-income", result?.Id);
    }

    [Theory]
    [InlineData(CareerGoal.Retrain, "retrains")]
    [InlineData(CareerGoal.StartOwn, "side-income")]
    [InlineData(CareerGoal.StayAndAdapt, "side-income")]
    [InlineData(CareerGoal.NotSure, "quits")]
    [InlineData(null, "quits")]
    public void Pick_EquallyClose_GoalBreaksTheTie(CareerGoal? goal, string expected)
    {
        var sut = SeedJson.Teller(
            null,
            SeedJson.Story("quits", "27-3043", null, "quit-training"),
            SeedJson.Story("side-income", "27-3043", null, "side-income"),
            SeedJson.Story("retrains", "27-3043", "51-3011", "retraining"));

        var result = sut.Pick(new StoryRequest { CurrentSoc = "27-3043", Goal = goal });

        Assert.Equal(expected, result?.Id);
    }

    [Theory]
    [InlineData(CareerGoal.Retrain, "jacqueline-bowman")]
    [InlineData(CareerGoal.StartOwn, "marketer-side-income")]
    [InlineData(CareerGoal.StayAndAdapt, "marketer-side-income")]
    public void Pick_NoCloseStory_GoalDecides(CareerGoal goal, string expected)
    {
        var sut = CreateSut();

        var result = sut.Pick(new StoryRequest { CurrentSoc = "53-3032", Goal = goal });

        Assert.Equal(expected, result?.Id);
    }

    [Fact]
    public void Pick_GoalAgainstCloseness_ClosenessWins()
    {
        var sut = CreateSut();

        var result = sut.Pick(new StoryRequest { CurrentSoc = "27-3043", Goal = CareerGoal.StartOwn });

        Assert.Equal("jacqueline-bowman", result?.Id);
    }

    [Fact]
    public void Pick_AskedAgainAndAgain_NeverRepeatsTheLastAndTellsUntoldFirst()
    {
        var sut = CreateSut();
        var told = new List<string>();

        for (var i = 0; i < 12; i++)
        {
            var story = sut.Pick(new StoryRequest { CurrentSoc = "27-3043", AlreadyTold = [.. told] });
            Assert.NotNull(story);
            Assert.NotEqual(told.LastOrDefault(), story.Id);
            told.Add(story.Id);
        }

        Assert.Equal(sut.All.Count, told.Take(sut.All.Count).Distinct().Count());
        Assert.Equal(["jacqueline-bowman", "janet-feenstra"], told.Take(2));
    }

    [Fact]
    public void Pick_OnlyStoryWasToldLast_ReturnsNull()
    {
        var sut = SeedJson.Teller(null, SeedJson.Story("only", "27-3043", null));

        var again = sut.Pick(new StoryRequest { AlreadyTold = ["only"] });
        var first = sut.Pick(new StoryRequest { AlreadyTold = ["only", "someone-else"] });

        Assert.Null(again);
        Assert.Equal("only", first?.Id);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", "")]
    [InlineData("writer", "🙂")]
    [InlineData("27-30431", "<b>")]
    public void Pick_NoOrUnusableSoc_StillPicksAStory(string? currentSoc, string? targetSoc)
    {
        var sut = CreateSut();

        var result = sut.Pick(new StoryRequest { CurrentSoc = currentSoc, TargetSoc = targetSoc });

        Assert.Equal("jacqueline-bowman", result?.Id);
    }

    [Fact]
    public void Pick_RelatedLookup_IsAskedAtMostOncePerCode()
    {
        var calls = new List<string>();
        var sut = CreateSut(soc =>
        {
            calls.Add(soc);
            return [];
        });

        sut.Pick(new StoryRequest { CurrentSoc = "53-3032", TargetSoc = "53-3033" });

        Assert.Equal(calls.Count, calls.Distinct().Count());
    }

    private static StoryTeller CreateSut(Func<string, IReadOnlyList<string>>? relatedOf = null) =>
        StoryTeller.Load(SeedJson.RealSeedPath, relatedOf ?? (_ => []));
}
