using CareerBot.Core.Conversations;
using CareerBot.Core.Tests.Support;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Tests.Conversations;

/// <summary>The failures seen when real people tried the bot (issue 11), each pinned as it should now go.</summary>
public class DialogueEngineUnderstandingTests
{
    [Theory]
    [InlineData("I have been hurting myself since I lost the contract")]
    [InlineData("some nights I think about hurting myself")]
    [InlineData("I'm done with life")]
    [InlineData("ik doe mezelf pijn")]
    [InlineData("eerlijk gezegd zie ik het soms allemaal niet meer zitten")]
    public void Handle_SelfHarmSaidAtTheNote_GivesHelpLinesFirstAndWaits(string typed)
    {
        var sut = CreateSut();
        sut.ReachGoalQuestion("copywriter", "Writers", worry: 4);
        sut.Say("/back");

        var reply = sut.Say(typed).Single();

        Assert.Contains("113", reply.Text, StringComparison.Ordinal);
        Assert.Contains("116 123", reply.Text, StringComparison.Ordinal);
        Assert.Contains("988", reply.Text, StringComparison.Ordinal);
        Assert.Empty(reply.Choices);
        Assert.Equal((DialogueStep.Paused, SafetyLevel.Crisis), (sut.Step, sut.Conversation!.Care));
    }

    [Theory]
    [InlineData("kind of panicking tbh, I'm a copywriter")]
    [InlineData("honestly terrified. copywriter")]
    [InlineData("ik raak in paniek, ik ben copywriter")]
    [InlineData("I'm not suicidal lol just a copywriter who is stressed")]
    public void Handle_FearWithAJob_OneKindSentenceAndTheJobIsKept(string typed)
    {
        var sut = CreateSut();
        sut.Say("hi");
        sut.Choose("start");

        var reply = sut.Say(typed).Single();

        Assert.DoesNotContain("116 123", reply.Text, StringComparison.Ordinal);
        Assert.Equal(DialogueStep.ConfirmCurrentJob, sut.Step);
        Assert.Contains(reply.Choices, c => c.Payload == "job:27-3043");
        Assert.Contains("\n\n", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_DoesNotWantToCallAfterCrisis_StaysWarmAndOffersWritingInstead()
    {
        var sut = CreateSut();
        sut.Say("I want to kill myself");

        var reply = sut.Say("I don't really want to call anyone. what's the point").Single();

        Assert.Contains("113.nl", reply.Text, StringComparison.Ordinal);
        Assert.Contains("85258", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("paused", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Tap", reply.Text, StringComparison.Ordinal);
        Assert.Equal(DialogueStep.Paused, sut.Step);
    }

    [Fact]
    public void Handle_AfterCrisis_QuestionsComeBackOnlyWhenThePersonAsks()
    {
        var sut = CreateSut();
        sut.Say("hi");
        sut.Choose("start");
        sut.Say("I wish I wasn't here anymore");

        var waiting = sut.Say("thanks").Single();
        var back = sut.Say("can we go back to the questions");

        Assert.DoesNotContain("paused", waiting.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(DialogueStep.CurrentJob, sut.Step);
        Assert.Contains("job", back[^1].Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Handle_JobAtTheGreeting_ReachesTheJobConfirmationInThatTurn()
    {
        var sut = CreateSut();

        var replies = sut.Say("I'm a freelance copywriter and I lost two clients to ChatGPT");

        Assert.Equal(2, replies.Count);
        Assert.Equal(DialogueStep.ConfirmCurrentJob, sut.Step);
    }

    [Theory]
    [InlineData("omscholen, ik wil elektricien worden", "nl")]
    [InlineData("retrain, I'd like to become an electrician", "en")]
    public void Handle_GoalWithTargetInOneAnswer_GoesStraightToTheTargetConfirmation(string typed, string locale)
    {
        var sut = CreateSut(locale);
        sut.ReachGoalQuestion("copywriter", locale == "nl" ? "Schrijver" : "Writers", worry: 3);

        var replies = sut.Say(typed);

        Assert.Equal(CareerGoal.Retrain, sut.Conversation!.Goal);
        Assert.Equal(DialogueStep.ConfirmTargetJob, sut.Step);
        Assert.Contains(replies[^1].Choices, c => c.Payload == "tgt:47-2111");
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("ja")]
    [InlineData("klopt")]
    [InlineData("yep")]
    public void Handle_YesWithOneCandidate_ConfirmsIt(string typed)
    {
        var sut = CreateSut();
        sut.ReachGoalQuestion("copywriter", "Writers", worry: 3);
        sut.Press("goal:retrain");
        sut.Say("I'd like to be a lawyer");

        sut.Say(typed);

        Assert.Equal("23-1011", sut.Conversation!.TargetSoc);
    }

    [Fact]
    public void Handle_YesWithSeveralCandidates_AsksWhichOne()
    {
        var sut = CreateSut();
        sut.Say("copywriter");

        var reply = sut.Say("yes").Single();

        Assert.Equal(DialogueStep.ConfirmCurrentJob, sut.Step);
        Assert.Contains("Which one", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("the second one")]
    [InlineData("Editors")]
    [InlineData("editors")]
    public void Handle_NumberOrLabelTyped_PicksLikeTheButton(string typed)
    {
        var sut = CreateSut();
        sut.Say("copywriter");

        sut.Say(typed);

        Assert.Equal("27-3041", sut.Conversation!.CurrentSoc);
    }

    [Theory]
    [InlineData("stay at home mum", WorkSituation.AtHome, "before")]
    [InlineData("I'm a student", WorkSituation.Student, "studying")]
    [InlineData("I'm retired", WorkSituation.Retired, "retired")]
    [InlineData("ik ben werkloos", WorkSituation.Unemployed, "laatst")]
    public void Handle_NotInPaidWork_NoMadeUpJobAndAFittingQuestion(string typed, WorkSituation situation, string asked)
    {
        var sut = CreateSut();
        sut.Say("hi");
        sut.Choose("start");

        var reply = sut.Say(typed).Single();

        Assert.Equal((DialogueStep.CurrentJob, situation), (sut.Step, sut.Conversation!.Situation));
        Assert.Null(sut.Conversation.CurrentSoc);
        Assert.Contains(asked, EngineDriver.Transcript([reply]), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(reply.Choices, c => c.Payload == "job:skip");
    }

    [Theory]
    [InlineData("you stupid fucking bot")]
    [InlineData("kut bot, doe normaal")]
    public void Handle_Abuse_IsNeverSaidBack(string typed)
    {
        var sut = CreateSut();
        sut.Say("hi");
        sut.Choose("start");

        var reply = sut.Say(typed).Single();

        Assert.DoesNotContain("stupid", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("kut", reply.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Handle_LongUnknownSentence_IsNotEchoed()
    {
        var sut = CreateSut();
        sut.Say("hi");
        sut.Choose("start");

        var reply = sut.Say("like I said, something with spreadsheets and people and a lot of meetings").Single();

        Assert.DoesNotContain("spreadsheets", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_EverySlotInTheFirstMessage_IsTakenAndNeverAskedAgain()
    {
        var sut = CreateSut();
        sut.Say("I'm a copywriter, very worried, and I'd like to become a lawyer");

        sut.Choose("Writers");
        sut.Press("note:skip");

        Assert.Equal((5, CareerGoal.Retrain), (sut.Conversation!.WorryLevel, sut.Conversation.Goal));
        Assert.Contains("5 out of 5", EngineDriver.Transcript(sut.History), StringComparison.Ordinal);
        Assert.Equal(DialogueStep.ConfirmTargetJob, sut.Step);
        Assert.DoesNotContain(sut.History, r => r.Text.Contains("How worried", StringComparison.Ordinal));
    }

    [Fact]
    public void Handle_RiskForAJobTheMatcherIsUnsureOf_AsksInsteadOfShowingFigures()
    {
        var sut = CreateSut();
        sut.Say("hi");

        var reply = sut.Say("/risk I'm sort of a writer I guess")[0];
        var picked = sut.Press(reply.Choices[0].Payload);

        Assert.DoesNotContain("%", reply.Text, StringComparison.Ordinal);
        Assert.Contains("3.8%", picked[0].Text, StringComparison.Ordinal);
    }

    // The shipped model (not any rule) reads this as a possible risk; SafetyModelTrainingTests pins that model.
    private const string OnlyTheModelWorries = "i keep thinking everyone would cope without me around";

    [Fact]
    public void Handle_RiskOnlyTheModelSees_ChecksGentlyWithTheLines()
    {
        var sut = CreateSut();
        sut.Say("hi");
        sut.Choose("start");

        var reply = sut.Say(OnlyTheModelWorries).Single();

        Assert.Contains("Are you having thoughts", reply.Text, StringComparison.Ordinal);
        Assert.Contains("116 123", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["pause:continue", "care:notok"], reply.Choices.Select(c => c.Payload));
    }

    [Theory]
    [InlineData("no, I'm fine")]
    [InlineData("nee hoor, helemaal niet")]
    [InlineData("you got it wrong")]
    public void Handle_CheckDenied_IsBelievedAndNotAskedAgainByTheModel(string denial)
    {
        var sut = CreateSut();
        sut.Say("hi");
        sut.Choose("start");
        sut.Say(OnlyTheModelWorries);

        var resumed = sut.Say(denial);
        var again = sut.Say(OnlyTheModelWorries);

        Assert.Contains("Sorry", resumed[0].Text, StringComparison.OrdinalIgnoreCase);
        Assert.True(sut.Conversation!.RiskCheckDeclined);
        Assert.DoesNotContain(again, r => r.Text.Contains("Are you having thoughts", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("i am not okay")]
    [InlineData("yes")]
    [InlineData("sometimes")]
    public void Handle_CheckAnsweredWithRisk_GivesTheFullCrisisReply(string answer)
    {
        var sut = CreateSut();
        sut.Say("hi");
        sut.Choose("start");
        sut.Say(OnlyTheModelWorries);

        var reply = sut.Say(answer).Single();

        Assert.Contains("Samaritans", reply.Text, StringComparison.Ordinal);
        Assert.Equal(SafetyLevel.Crisis, sut.Conversation!.Care);
    }

    [Fact]
    public void Handle_TypedLabelOfACommandButton_RunsTheCommand()
    {
        var sut = CreateSut();
        sut.Say("hi");

        var replies = sut.Say("What do you store?");

        Assert.Contains("What I store", replies[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ok lets go")]
    [InlineData("yes sure")]
    [InlineData("ja prima, doe maar")]
    public void Handle_YesInOtherWords_StartsTheInterview(string typed)
    {
        var sut = CreateSut();
        sut.Say("hi");

        sut.Say(typed);

        Assert.Equal(DialogueStep.CurrentJob, sut.Step);
    }

    [Fact]
    public void Handle_DutchWrittenUnderAnEnglishLocale_IsAnsweredInDutch()
    {
        var sut = CreateSut("en-US");

        var replies = sut.Say("hoi, ik ben copywriter en ik maak me echt zorgen");

        Assert.Equal(Texts.Language.Dutch, sut.Conversation!.Language);
        Assert.Contains("Bedoel je", replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_FearSaidTwice_GetsOneKindSentence()
    {
        var sut = CreateSut();
        sut.Say("hi");
        sut.Choose("start");

        var first = sut.Say("honestly terrified. copywriter").Single();
        var second = sut.Say("still terrified, it's the second one").Single();

        Assert.Contains("\n\n", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n", second.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_CheckAnsweredWithNoWishToCall_OffersWritingInstead()
    {
        var sut = CreateSut();
        sut.Say("hi");
        sut.Choose("start");
        sut.Say(OnlyTheModelWorries);

        var reply = sut.Say("I don't want to call anyone").Single();

        Assert.Contains("85258", reply.Text, StringComparison.Ordinal);
        Assert.Equal(SafetyLevel.Crisis, sut.Conversation!.Care);
    }

    [Fact]
    public void Handle_GoalIntoASectorInDutch_IsRetraining()
    {
        var sut = CreateSut("nl");
        sut.ReachGoalQuestion("copywriter", "Schrijver", worry: 3);

        sut.Say("ik wil misschien de zorg in");

        Assert.Equal(CareerGoal.Retrain, sut.Conversation!.Goal);
    }

    private static EngineDriver CreateSut(string? locale = null) => new(EngineDriver.CreateEngine(), locale);
}
