using CareerBot.Core.Conversations;
using CareerBot.Core.Tests.Support;

namespace CareerBot.Core.Tests.Conversations;

/// <summary>Distress, idle people, public channels and bad input.</summary>
public class DialogueEngineCareTests
{
    [Theory]
    [InlineData("I feel hopeless about all this", "988")]
    [InlineData("ik voel me hopeloos", "0800-0113")]
    public void Handle_Distress_SignpostsHumanHelpAndPausesTheInterview(string typed, string helpline)
    {
        var sut = CreateSut();
        var conversation = DialogueEngineCommandTests.InStep(DialogueStep.WorryNote) with { Language = typed.Contains("ik", StringComparison.Ordinal) ? Texts.Language.Dutch : Texts.Language.English, LanguageChosen = true };

        var turn = sut.Handle(conversation, Some.Text(typed), Some.Now);

        Assert.Contains(helpline, turn.Replies.Single().Text, StringComparison.Ordinal);
        Assert.Contains("116 123", turn.Replies.Single().Text, StringComparison.Ordinal);
        Assert.Equal(DialogueStep.Paused, turn.Conversation!.Step);
        // The note they gave is the answer to the open question (not stored without consent): go on means the goal.
        Assert.Equal(DialogueStep.Goal, turn.Conversation.ResumeStep);
        Assert.Null(turn.Conversation.WorryNote);
    }

    [Theory]
    [InlineData(DialogueStep.CurrentJob, "Honestly I just want to kill myself, there is no point anymore.", "988")]
    [InlineData(DialogueStep.WorryNote, "Eerlijk gezegd wil ik gewoon dood, ik zie het niet meer zitten.", "113")]
    public void Handle_CrisisAtTheEndOfAMessageOverTheLengthLimit_GetsCareNotKeepItShorter(DialogueStep step, string ending, string helpline)
    {
        var sut = CreateSut();
        var conversation = DialogueEngineCommandTests.InStep(step);
        var worry = string.Concat(Enumerable.Repeat("I have worked in this job for years and the new tools change everything I do. ", 16)) + ending;

        var turn = sut.Handle(conversation, Some.Text(worry), Some.Now);

        Assert.True(worry.Length > 1000);
        Assert.Contains(turn.Replies, reply => reply.Text.Contains(helpline, StringComparison.Ordinal));
        Assert.DoesNotContain(turn.Replies, reply => reply.Text.Contains("1000", StringComparison.Ordinal));
        Assert.Equal(DialogueStep.Paused, turn.Conversation!.Step);
    }

    [Fact]
    public void Handle_CrisisInALongMessageInAChannel_GetsHelpLinesForThePersonAlone()
    {
        var sut = CreateSut();
        var message = Some.Text(new string('x', 1200) + " I want to kill myself") with { IsDirect = false, ChannelId = "channel-1" };

        var turn = sut.Handle(null, message, Some.Now);

        Assert.Contains(turn.Replies, reply => reply.IsPersonal && reply.Text.Contains("988", StringComparison.Ordinal));
        Assert.DoesNotContain(turn.Replies, reply => reply.Text.Contains("1000", StringComparison.Ordinal));
    }

    [Fact]
    public void Handle_PausedThenContinue_ResumesTheInterruptedQuestion()
    {
        var sut = CreateSut();
        var paused = sut.Handle(DialogueEngineCommandTests.InStep(DialogueStep.Goal), Some.Text("hopeless"), Some.Now);

        var waiting = sut.Handle(paused.Conversation, Some.Text("whatever"), Some.Now);
        var resumed = sut.Handle(waiting.Conversation, Some.Press("pause:continue"), Some.Now);

        Assert.Equal(DialogueStep.Paused, waiting.Conversation!.Step);
        Assert.Equal(DialogueStep.Goal, resumed.Conversation!.Step);
        Assert.Contains("What would you like to do next?", resumed.Replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_AfterLongSilence_GreetsBackAndOffersResumeOrRestart()
    {
        var sut = CreateSut();
        var conversation = DialogueEngineCommandTests.InStep(DialogueStep.WorryLevel);

        var turn = sut.Handle(conversation, Some.Text("3"), Some.Now.AddHours(25));

        Assert.Equal(DialogueStep.Welcome, turn.Conversation!.Step);
        Assert.Null(turn.Conversation.WorryLevel);
        Assert.Equal(["resume:yes", "cmd:restart"], turn.Replies.Single().Choices.Select(c => c.Payload));
        var resumed = sut.Handle(turn.Conversation, Some.Press("resume:yes"), Some.Now.AddHours(25));
        Assert.Equal(DialogueStep.WorryLevel, resumed.Conversation!.Step);
    }

    [Fact]
    public void Handle_ShortSilence_JustContinues()
    {
        var sut = CreateSut();

        var turn = sut.Handle(DialogueEngineCommandTests.InStep(DialogueStep.WorryLevel), Some.Text("3"), Some.Now.AddHours(23));

        Assert.Equal(3, turn.Conversation!.WorryLevel);
    }

    [Fact]
    public void Handle_PublicRisk_AnswersWithFiguresAStoryAndAnInvitationWithoutStoringAnything()
    {
        var sut = CreateSut();

        var turn = sut.Handle(null, Some.Text("/risk@CareerBot copywriter", direct: false), Some.Now);

        Assert.Null(turn.Conversation);
        Assert.Contains("3.8%", turn.Replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("story of jacqueline", turn.Replies[1].Text, StringComparison.Ordinal);
        Assert.True(turn.Replies[^1].InvitesPrivateChat);
    }

    [Theory]
    [InlineData("/start")]
    [InlineData("/career")]
    [InlineData("/forget")]
    public void Handle_PersonalCommandInPublic_MovesToAPrivateChat(string command)
    {
        var sut = CreateSut();
        var stored = DialogueEngineCommandTests.InStep(DialogueStep.Goal);

        var turn = sut.Handle(stored, Some.Text(command, direct: false), Some.Now);

        Assert.Same(stored, turn.Conversation);
        Assert.True(turn.Replies.Single().InvitesPrivateChat);
    }

    [Fact]
    public void Handle_BareMentionInPublic_GivesShortHelp()
    {
        var sut = CreateSut();

        var turn = sut.Handle(null, Some.Text("   ", direct: false), Some.Now);

        Assert.Contains("/risk", turn.Replies.Single().Text, StringComparison.Ordinal);
        Assert.False(turn.Replies.Single().InvitesPrivateChat);
    }

    public static TheoryData<string> BadInputs() => new()
    {
        string.Empty,
        "   \t  ",
        new string('x', 10_000),
        "👩🏽‍💻🧑‍🍳💥",
        "*bold* _it_ `code` [link](http://x) <b>html</b> &amp; <script>alert(1)</script>",
        "line1\r\nline2\0\u0007\u001b[31m",
        "\u202Eevil\u202C text",
        "\uD800 lone surrogate",
        "nurs\u00e9\uFFFF\uFFFE", // noncharacters: string.Normalize throws on them (found by the bad-input corpus)
        "'; DROP TABLE conversations; --",
        "{\"ok\":false}",
        "/",
        "//",
        "/ help",
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Handle_BadInputInEveryStep_RepliesPolitelyAndNeverThrows(string input)
    {
        var sut = CreateSut();
        foreach (var step in Enum.GetValues<DialogueStep>())
        {
            var conversation = DialogueEngineCommandTests.InStep(step);

            var turn = sut.Handle(conversation, Some.Text(input), Some.Now);

            Assert.NotEmpty(turn.Replies);
            Assert.NotNull(turn.Conversation);
        }
    }

    [Fact]
    public void Handle_HugePaste_IsRefusedAndChangesNothing()
    {
        var sut = CreateSut();
        var conversation = DialogueEngineCommandTests.InStep(DialogueStep.CurrentJob);

        var turn = sut.Handle(conversation, Some.Text(new string('a', 10_000)), Some.Now);

        Assert.Contains("1000", turn.Replies.Single().Text, StringComparison.Ordinal);
        Assert.Equal(conversation with { LastActivity = Some.Now, Turns = 1 }, turn.Conversation);
    }

    [Fact]
    public void Handle_NonTextMessage_AsksForText()
    {
        var sut = CreateSut();
        var message = Some.Text("x") with { Text = null };

        var turn = sut.Handle(DialogueEngineCommandTests.InStep(DialogueStep.CurrentJob), message, Some.Now);

        Assert.Contains("only read text", turn.Replies.Single().Text, StringComparison.Ordinal);
    }

    private static DialogueEngine CreateSut() => EngineDriver.CreateEngine();
}
