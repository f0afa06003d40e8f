using CareerBot.Core.Conversations;
using CareerBot.Core.Stories;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Tests.Stories;

/// <summary>
/// The real seed's stories chosen for the personas of issue 14, on job, goal and the person's own words, with the reason
/// told; the cases that went wrong before (a kiosk receptionist got Jacqueline, a very worried developer got Bethan) pinned.
/// </summary>
public sealed class StoryChooserTests
{
    [Theory]
    [InlineData("27-3043", "21-1013", CareerGoal.Retrain, "", 0, "jacqueline-bowman", StoryReason.SameMove)]
    [InlineData("27-3041", "51-3011", CareerGoal.Retrain, "", 0, "janet-feenstra", StoryReason.SameMove)]
    [InlineData("43-4171", null, CareerGoal.NotSure, "I was a receptionist until they put in a self check-in kiosk", 4, "bethan", StoryReason.Kiosk)]
    [InlineData("43-4171", null, CareerGoal.NotSure, "ik was receptioniste tot ze een incheckzuil neerzetten", 4, "bethan", StoryReason.Kiosk)]
    [InlineData("19-5011", "47-2111", CareerGoal.Retrain, "I worry about the pay cut", 3, "richard", StoryReason.Pay)]
    [InlineData("53-3032", "47-2111", CareerGoal.Retrain, "", 3, "richard", StoryReason.SameMove)]
    [InlineData("13-1161", null, CareerGoal.StartOwn, "", 2, "marketer-side-income", StoryReason.SideIncome)]
    [InlineData("13-1161", null, CareerGoal.NotSure, "", 2, "marketer-side-income", StoryReason.SameJob)]
    [InlineData("43-4051", null, CareerGoal.NotSure, "I'd like a side income", 2, "marketer-side-income", StoryReason.SideIncome)]
    [InlineData("27-3042", null, CareerGoal.StayAndAdapt, "I write manuals and AI writes them faster now", 3, "jacqueline-bowman", StoryReason.Writing)]
    public void Choose_Persona_PicksTheStoryThatFitsAndSaysWhy(string current, string? target, CareerGoal goal, string words, int worry, string expected, StoryReason reason)
    {
        var sut = CreateSut();

        var result = sut.Choose(new StoryRequest { CurrentSoc = current, TargetSoc = target, Goal = goal, Cues = StoryCueReader.Read(words), VeryWorried = worry >= 5 });

        Assert.Equal((expected, reason), (result?.Story?.Id, result!.Reason));
    }

    [Fact]
    public void Choose_LawStudent_PaolaFirstThenFreyOnStarterJobs()
    {
        var sut = CreateSut();
        var request = new StoryRequest { CurrentSoc = "23-1011", Situation = WorkSituation.Student, Goal = CareerGoal.NotSure };

        var first = sut.Choose(request);
        var second = sut.Choose(request with { AlreadyTold = [first!.Id] });

        Assert.Equal(("paola-adeitan", StoryReason.Law), (first.Story?.Id, first.Reason));
        Assert.Equal(("frey-view", StoryReason.StudentView), (second?.Note?.Id, second!.Reason));
    }

    [Fact]
    public void Choose_VeryWorriedDeveloperStayingInTech_FreysViewNotTheCafe()
    {
        var sut = CreateSut();

        var result = sut.Choose(new StoryRequest { CurrentSoc = "15-1252", Goal = CareerGoal.StayAndAdapt, VeryWorried = true });

        Assert.Equal(("frey-view", StoryReason.Worried), (result?.Note?.Id, result!.Reason));
    }

    [Fact]
    public void Choose_NothingClose_SaysSoAndTellsFreysView()
    {
        var sut = CreateSut();

        var result = sut.Choose(new StoryRequest { CurrentSoc = "53-7062", Goal = CareerGoal.NotSure });

        Assert.Equal(("frey-view", StoryReason.NoneFits), (result?.Note?.Id, result!.Reason));
    }

    [Fact]
    public void Choose_Nurse_TheArticlesPassageOnCareAndTeaching()
    {
        var sut = CreateSut();

        var result = sut.Choose(new StoryRequest { CurrentSoc = "29-1141", Goal = CareerGoal.StayAndAdapt });

        Assert.Equal(("care-teaching", StoryReason.Care), (result?.Note?.Id, result!.Reason));
    }

    [Fact]
    public void Choose_AskedAgainAndAgain_EveryStoryAndFreyOnceBeforeAnyRepeatNeverTheLastTwiceInARow()
    {
        var sut = CreateSut();
        var told = new List<string>();

        for (var i = 0; i < 10; i++)
        {
            var pick = sut.Choose(new StoryRequest { CurrentSoc = "27-3043", AlreadyTold = [.. told] });
            Assert.NotNull(pick);
            Assert.NotEqual(told.LastOrDefault(), pick.Id);
            told.Add(pick.Id);
        }

        Assert.Equal(7, told.Take(7).Distinct().Count());
        Assert.Equal("jacqueline-bowman", told[0]);
        Assert.DoesNotContain("care-teaching", told.Take(7));
    }

    [Theory]
    [InlineData("they replaced us with self-checkouts", StoryCues.Kiosk)]
    [InlineData("de zelfscan kassa's namen mijn werk over", StoryCues.Kiosk)]
    [InlineData("I'm worried about my salary", StoryCues.Pay)]
    [InlineData("ik ga veel minder verdienen", StoryCues.Pay)]
    [InlineData("I want to work with my hands", StoryCues.PracticalWork)]
    [InlineData("ik studeer rechten", StoryCues.Law)]
    [InlineData("I write blogs for clients", StoryCues.Writing)]
    [InlineData("maybe a side hustle", StoryCues.SideIncome)]
    [InlineData("I drive a bus", StoryCues.None)]
    [InlineData("", StoryCues.None)]
    public void Read_Words_FindsTheHint(string words, StoryCues expected)
    {
        Assert.Equal(expected, StoryCueReader.Read(words));
    }

    private static StoryTeller CreateSut() => StoryTeller.Load(SeedJson.RealSeedPath, soc => soc switch
    {
        "53-3032" => ["47-2111"],
        _ => [],
    });
}
