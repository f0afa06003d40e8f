using CareerBot.Core.Conversations;
using CareerBot.Core.Tests.Support;

namespace CareerBot.Core.Tests.Conversations;

public class DialogueEngineInterviewTests
{
    [Fact]
    public void Handle_FirstMessage_SaysHelloWithStartAndPrivacyButtons()
    {
        var sut = CreateSut();

        var replies = sut.Say("hi");

        var hello = Assert.Single(replies);
        Assert.Contains("CareerBot", hello.Text, StringComparison.Ordinal);
        Assert.Contains("/forget", hello.Text, StringComparison.Ordinal);
        Assert.Equal(["go:start", "cmd:privacy"], hello.Choices.Select(c => c.Payload));
        Assert.Equal(DialogueStep.Hello, sut.Step);
    }

    [Fact]
    public void Handle_JobTypedAsFirstMessage_GreetsAndOffersCandidates()
    {
        var sut = CreateSut();

        var replies = sut.Say("copywriter");

        Assert.Equal(2, replies.Count);
        Assert.Equal(DialogueStep.ConfirmCurrentJob, sut.Step);
        Assert.Equal(["job:27-3043", "job:27-3041", "job:none"], replies[1].Choices.Select(c => c.Payload));
    }

    [Fact]
    public void Handle_StartThenJob_OffersDidYouMeanWithNoneOfThese()
    {
        var sut = CreateSut();
        sut.Say("hi");
        sut.Choose("start");

        var replies = sut.Say("copywriter");

        Assert.Equal(DialogueStep.ConfirmCurrentJob, sut.Step);
        Assert.Equal(["Writers and Authors", "Editors", "None of these — let me rephrase"], replies.Single().Choices.Select(c => c.Label));
    }

    [Fact]
    public void Handle_CandidatePicked_RemembersJobAndAsksWorry()
    {
        var sut = CreateSut();
        sut.Say("copywriter");

        var replies = sut.Choose("Writers");

        Assert.Equal("27-3043", sut.Conversation!.CurrentSoc);
        Assert.Equal(DialogueStep.WorryLevel, sut.Step);
        Assert.Equal(["1", "2", "3", "4", "5"], replies[^1].Choices.Select(c => c.Label));
    }

    [Fact]
    public void Handle_CandidatePickedByNumber_WorksLikeTheButton()
    {
        var sut = CreateSut();
        sut.Say("copywriter");

        sut.Say("2");

        Assert.Equal("27-3041", sut.Conversation!.CurrentSoc);
    }

    [Fact]
    public void Handle_NoneOfThese_AsksToRephrase()
    {
        var sut = CreateSut();
        sut.Say("copywriter");

        var replies = sut.Choose("None of these");

        Assert.Equal(DialogueStep.CurrentJob, sut.Step);
        Assert.Contains("describe", replies.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_UnknownJob_SaysItIsNotInTheDataAndAsksDifferentlyEachTime()
    {
        var sut = CreateSut();
        sut.Say("hi");
        sut.Choose("start");

        var first = sut.Say("zorblax wrangler").Single().Text;
        var second = sut.Say("quux herder").Single().Text;

        Assert.Contains("\"zorblax wrangler\"", first, StringComparison.Ordinal);
        Assert.Contains("won't guess", first, StringComparison.Ordinal);
        Assert.NotEqual(first.Split('\n')[1], second.Split('\n')[1]);
        Assert.Equal(DialogueStep.CurrentJob, sut.Step);
    }

    [Fact]
    public void Handle_ThreeMissesOnJob_OffersShortListSkipAndStartOver()
    {
        var sut = CreateSut();
        sut.Say("hi");
        sut.Choose("start");
        sut.Say("aaa");
        sut.Say("bbb");

        var replies = sut.Say("ccc");

        var payloads = replies.Single().Choices.Select(c => c.Payload).ToList();
        Assert.Contains("job:27-3043", payloads);
        Assert.Contains("job:skip", payloads);
        Assert.Contains("cmd:restart", payloads);
        Assert.Equal(DialogueStep.ConfirmCurrentJob, sut.Step);
    }

    [Fact]
    public void Handle_SkipJob_GoesOnToWorryWithoutAJob()
    {
        var sut = CreateSut();
        sut.Say("hi");
        sut.Choose("start");
        sut.Say("aaa");
        sut.Say("bbb");
        sut.Say("ccc");

        sut.Choose("Skip");

        Assert.Null(sut.Conversation!.CurrentSoc);
        Assert.Equal(DialogueStep.WorryLevel, sut.Step);
    }

    [Theory]
    [InlineData("4", 4)]
    [InlineData("4/5", 4)]
    [InlineData(" 1 ", 1)]
    public void Handle_WorryTyped_AcceptsNumbersOneToFive(string typed, int expected)
    {
        var sut = CreateSut();
        sut.Say("copywriter");
        sut.Choose("Writers");

        sut.Say(typed);

        Assert.Equal(expected, sut.Conversation!.WorryLevel);
        // "Not worried at all" is not asked what worries them most.
        Assert.Equal(expected == 1 ? DialogueStep.Goal : DialogueStep.WorryNote, sut.Step);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("very")]
    [InlineData("0")]
    public void Handle_WorryInvalid_ReasksAndStays(string typed)
    {
        var sut = CreateSut();
        sut.Say("copywriter");
        sut.Choose("Writers");

        var replies = sut.Say(typed);

        Assert.Equal(DialogueStep.WorryLevel, sut.Step);
        Assert.Equal(1, sut.Conversation!.Misses);
        Assert.Contains("1 (not worried)", replies.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_NoteWithoutConsent_IsNotStored()
    {
        var sut = CreateSut();
        sut.Say("copywriter");
        sut.Choose("Writers");
        sut.Press("worry:4");

        var replies = sut.Say("my clients all use ChatGPT now");

        Assert.Null(sut.Conversation!.WorryNote);
        Assert.Contains("haven't stored", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(DialogueStep.Goal, sut.Step);
    }

    [Fact]
    public void Handle_NoteWithConsent_IsStored()
    {
        var sut = CreateSut();
        sut.Say("copywriter");
        sut.Choose("Writers");
        sut.Press("worry:4");
        sut.Choose("Keep my words");

        sut.Say("my clients all use ChatGPT now");

        Assert.Equal("my clients all use ChatGPT now", sut.Conversation!.WorryNote);
    }

    [Fact]
    public void Handle_GoalRetrain_AsksTargetThenComparesBothJobs()
    {
        var sut = CreateSut();
        sut.ReachGoalQuestion("copywriter", "Writers", worry: 4);
        sut.Choose("Retrain");
        Assert.Equal(DialogueStep.TargetJob, sut.Step);
        sut.Say("therapist");

        var replies = sut.Choose("Therapists");

        var all = EngineDriver.Transcript(replies);
        Assert.Contains("3.8%", all, StringComparison.Ordinal);
        Assert.Contains("1.4%", all, StringComparison.Ordinal);
        Assert.Contains("Your target, Marriage and Family Therapists: automation risk 1.4%, generative-AI exposure no figure.", all, StringComparison.Ordinal);
        Assert.Equal(DialogueStep.Stories, sut.Step);
    }

    [Fact]
    public void Handle_GoalAdapt_AssessesWithBandsNumbersSourcesCaveatAndSaferRelatedJobs()
    {
        var sut = CreateSut();
        sut.ReachGoalQuestion("baker", "Bakers", worry: 2);

        var replies = sut.Choose("Stay and adapt");

        var all = EngineDriver.Transcript(replies);
        Assert.Contains("• Automation risk: high, 89% (Frey & Osborne, 2013)", all, StringComparison.Ordinal);
        Assert.Contains("• Exposure to generative AI: low, 0.26 of 1 (Eloundou et al., 2024)", all, StringComparison.Ordinal);
        Assert.Contains("not verdicts about people", all, StringComparison.Ordinal);
        Assert.Contains(replies, r => r.Choices.Any(c => c.Payload == "more:51-3011"));
        Assert.Contains("stay and adapt", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_JobWithoutFigure_SaysSoAndInventsNothing()
    {
        var sut = CreateSut();
        sut.Say("hi");
        sut.Choose("start");
        sut.Say("aaa");
        sut.Say("bbb");
        sut.Say("ccc");
        sut.Choose("Customer Service");
        sut.Press("worry:3");
        sut.Press("note:skip");

        var replies = sut.Choose("Not sure");

        var all = EngineDriver.Transcript(replies);
        Assert.Contains("• Automation risk: no figure in Frey & Osborne (2013)", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Moves worth a look", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_DutchTitleThroughIsco_AddsIloFigure()
    {
        var sut = CreateSut(locale: "nl");
        sut.ReachGoalQuestion("bakker", "Bakker", worry: 2);

        var replies = sut.Press("goal:adapt");

        var all = EngineDriver.Transcript(replies);
        Assert.Contains("ILO (2025), \"Bakkers en banketbakkers\"", all, StringComparison.Ordinal);
        Assert.Contains("niet blootgesteld", all, StringComparison.Ordinal);
        Assert.Contains("89%", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_StoriesThenMore_NeverTellsTheSameStoryTwiceInARow()
    {
        var sut = CreateSut();
        sut.ReachGoalQuestion("copywriter", "Writers", worry: 4);
        sut.Press("goal:unsure");

        var first = sut.Choose("Yes, tell me");
        var second = sut.Choose("More stories");

        Assert.Contains("story of jacqueline", first[0].Text, StringComparison.Ordinal);
        Assert.Contains("story of janet", second[0].Text, StringComparison.Ordinal);
        Assert.Equal(DialogueStep.WrapUp, sut.Step);
        Assert.Equal(["jacqueline", "janet"], sut.Conversation!.StoriesTold.ToArray());
    }

    [Theory]
    [InlineData("more")]
    [InlineData("More please")]
    [InlineData("meer info")]
    public void Handle_MoreTypedAfterTheCard_ShowsTheDetailsAndAsksTheStoryQuestionAgain(string typed)
    {
        var sut = CreateSut();
        sut.ReachGoalQuestion("baker", "Bakers", worry: 2);
        sut.Press("goal:adapt");

        var replies = sut.Say(typed);

        Assert.Contains(replies, r => r.Text.Contains("not verdicts about people", StringComparison.Ordinal) && r.Text.Contains("US figures", StringComparison.Ordinal));
        Assert.Equal(DialogueStep.Stories, sut.Step);
        Assert.Equal("51-3011", sut.Conversation!.LastCard);
    }

    [Theory]
    [InlineData("another story please")]
    [InlineData("nog een verhaal")]
    public void Handle_StoryAskedInWordsAtTheEnd_TellsOneInsteadOfLookingForAJob(string typed)
    {
        var sut = CreateSut();
        sut.ReachGoalQuestion("copywriter", "Writers", worry: 4);
        sut.Press("goal:unsure");
        sut.Choose("Yes, tell me");

        var replies = sut.Say(typed);

        Assert.Contains("story of janet", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(DialogueStep.WrapUp, sut.Step);
    }

    [Fact]
    public void Handle_WrapUpAnotherJob_ShowsItBesideTheOwnJobAndKeepsEveryAnswer()
    {
        var sut = CreateSut();
        sut.ReachGoalQuestion("copywriter", "Writers", worry: 4);
        sut.Press("goal:retrain");
        sut.Say("therapist");
        sut.Choose("Marriage");
        sut.Press("story:skip");
        sut.Choose("Another job");
        sut.Say("baker");

        var replies = sut.Choose("Bakers");

        Assert.Contains("89%", EngineDriver.Transcript(replies), StringComparison.Ordinal);
        Assert.Contains("Your own job, Writers and Authors:", EngineDriver.Transcript(replies), StringComparison.Ordinal);
        Assert.Equal(DialogueStep.WrapUp, sut.Step);
        Assert.Equal(("27-3043", "21-1013", 4), (sut.Conversation!.CurrentSoc, sut.Conversation.TargetSoc, sut.Conversation.WorryLevel));
    }

    [Fact]
    public void Handle_StalePayload_SaysSoAndAsksTheCurrentQuestion()
    {
        var sut = CreateSut();
        sut.Say("copywriter");
        sut.Choose("Writers");

        var replies = sut.Press("goal:adapt");

        Assert.Contains("earlier question", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(DialogueStep.WorryLevel, sut.Step);
    }

    private static EngineDriver CreateSut(string? locale = null) => new(EngineDriver.CreateEngine(), locale);
}
