using CareerBot.Core.Conversations;
using CareerBot.Core.Conversations.Commands;
using CareerBot.Core.Tests.Support;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Tests.Conversations;

public class DialogueEngineCommandTests
{
    public static TheoryData<DialogueStep, string> EveryStepAndCommand()
    {
        var data = new TheoryData<DialogueStep, string>();
        string[] commands = ["/start", "/help", "/restart", "/cancel", "/back", "/privacy", "/forget", "/language nl", "/language", "/risk nurse", "/risk", "/stories", "/sources", "/career", "/nonsense", "/HELP@CareerBot"];
        foreach (var step in Enum.GetValues<DialogueStep>())
        {
            foreach (var command in commands)
            {
                data.Add(step, command);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStepAndCommand))]
    public void Handle_CommandInAnyStep_RepliesAndKeepsAValidConversation(DialogueStep step, string command)
    {
        var sut = CreateSut();
        var conversation = InStep(step);

        var turn = sut.Handle(conversation, Some.Text(command), Some.Now);

        Assert.NotEmpty(turn.Replies);
        Assert.All(turn.Replies, r => Assert.False(string.IsNullOrWhiteSpace(r.Text)));
        Assert.NotNull(turn.Conversation);
        Assert.False(turn.ForgetPerson);
    }

    [Theory]
    [InlineData("help desk")]
    [InlineData("helpdesk")]
    public void Handle_JobTitleContainingACommandWord_IsTreatedAsAJob(string typed)
    {
        var sut = CreateSut();

        var turn = sut.Handle(InStep(DialogueStep.CurrentJob), Some.Text(typed), Some.Now);

        Assert.Equal(DialogueStep.ConfirmCurrentJob, turn.Conversation!.Step);
        Assert.Contains("job:15-1232", turn.Replies.SelectMany(r => r.Choices).Select(c => c.Payload));
    }

    [Fact]
    public void Handle_Help_ListsCommandsAndRepeatsTheQuestion()
    {
        var sut = CreateSut();

        var turn = sut.Handle(InStep(DialogueStep.WorryLevel), Some.Text("/help"), Some.Now);

        Assert.Contains("/forget", turn.Replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("How worried", turn.Replies[1].Text, StringComparison.Ordinal);
        Assert.Equal(DialogueStep.WorryLevel, turn.Conversation!.Step);
    }

    [Fact]
    public void Handle_Restart_ClearsAnswersButKeepsLanguageAndAsksJob()
    {
        var sut = CreateSut();
        var conversation = InStep(DialogueStep.WrapUp) with { CurrentSoc = "27-3043", WorryLevel = 5, Goal = CareerGoal.Retrain, Language = Texts.Language.Dutch, LanguageChosen = true };

        var turn = sut.Handle(conversation, Some.Text("/restart"), Some.Now);

        Assert.Null(turn.Conversation!.CurrentSoc);
        Assert.Null(turn.Conversation.WorryLevel);
        Assert.Null(turn.Conversation.Goal);
        Assert.Equal(Texts.Language.Dutch, turn.Conversation.Language);
        Assert.Equal(DialogueStep.CurrentJob, turn.Conversation.Step);
    }

    [Fact]
    public void Handle_Back_ReturnsToThePreviousQuestion()
    {
        var sut = CreateSut();

        var turn = sut.Handle(InStep(DialogueStep.Goal), Some.Text("/back"), Some.Now);

        Assert.Equal(DialogueStep.WorryNote, turn.Conversation!.Step);
    }

    [Fact]
    public void Handle_ForgetConfirmed_AsksToDeleteEverything()
    {
        var sut = CreateSut();
        var asked = sut.Handle(InStep(DialogueStep.Goal), Some.Text("/forget"), Some.Now);

        var turn = sut.Handle(asked.Conversation, Some.Press("forget:yes"), Some.Now);

        Assert.True(turn.ForgetPerson);
        Assert.Null(turn.Conversation);
        Assert.Contains("deleted everything", turn.Replies.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_ForgetDeclined_ResumesWhereItWas()
    {
        var sut = CreateSut();
        var asked = sut.Handle(InStep(DialogueStep.Goal), Some.Text("/forget"), Some.Now);

        var turn = sut.Handle(asked.Conversation, Some.Press("forget:no"), Some.Now);

        Assert.False(turn.ForgetPerson);
        Assert.Equal(DialogueStep.Goal, turn.Conversation!.Step);
        Assert.Contains("nothing was deleted", turn.Replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_LanguageCommand_SwitchesAndSticksOverTheLocale()
    {
        var sut = CreateSut();
        var switched = sut.Handle(InStep(DialogueStep.WorryLevel), Some.Text("/language nl"), Some.Now);

        var turn = sut.Handle(switched.Conversation, Some.Text("/help", locale: "en-US"), Some.Now);

        Assert.Equal("Ik praat vanaf nu Nederlands.", switched.Replies[0].Text);
        Assert.Contains("Commando's", turn.Replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_DutchLocale_SpeaksDutchFromTheFirstMessage()
    {
        var sut = CreateSut();

        var turn = sut.Handle(null, Some.Text("hoi", locale: "nl"), Some.Now);

        Assert.StartsWith("Hoi, ik ben CareerBot", turn.Replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_RiskUnknownJob_SaysNotInDataWithoutANumber()
    {
        var sut = CreateSut();

        var turn = sut.Handle(InStep(DialogueStep.WrapUp), Some.Text("/risk dragon tamer"), Some.Now);

        Assert.Contains("\"dragon tamer\"", turn.Replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("%", turn.Replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_RiskKnownJob_GivesFiguresWithSources()
    {
        var sut = CreateSut();

        var turn = sut.Handle(InStep(DialogueStep.WrapUp), Some.Text("/risk writer"), Some.Now);

        Assert.Contains("3.8%", turn.Replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("Frey & Osborne, 2013", turn.Replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("Eloundou et al., 2024", turn.Replies[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Handle_RiskWithAKnownSocCode_ShowsThatOccupationsCard(bool direct)
    {
        var sut = CreateSut();

        var turn = sut.Handle(InStep(DialogueStep.WrapUp), Some.Text("/risk 29-1141", direct: direct), Some.Now);

        Assert.Contains("Registered Nurses", turn.Replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("0.9%", turn.Replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(turn.Replies.SelectMany(r => r.Choices), c => c.Payload.StartsWith("risk:", StringComparison.Ordinal));
    }

    [Fact]
    public void Handle_RiskWithAnUnknownSocCode_IsReadAsTypedText()
    {
        var sut = CreateSut();

        var turn = sut.Handle(InStep(DialogueStep.WrapUp), Some.Text("/risk 99-9999"), Some.Now);

        Assert.DoesNotContain("%", turn.Replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_MatchOutsideTheData_IsNotOffered()
    {
        var sut = CreateSut();

        var turn = sut.Handle(InStep(DialogueStep.CurrentJob), Some.Text("astronaut"), Some.Now);

        Assert.Equal(DialogueStep.CurrentJob, turn.Conversation!.Step);
        Assert.Empty(turn.Replies.SelectMany(r => r.Choices));
    }

    [Fact]
    public void Handle_Sources_ListsEverySourceLine()
    {
        var sut = CreateSut();

        var turn = sut.Handle(InStep(DialogueStep.WrapUp), Some.Text("/sources"), Some.Now);

        Assert.Contains("• Frey & Osborne (2013)", turn.Replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("• Eloundou et al. (2024)", turn.Replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_UnknownCommand_RepliesPolitelyAndKeepsTheStep()
    {
        var sut = CreateSut();

        var turn = sut.Handle(InStep(DialogueStep.Goal), Some.Text("/frobnicate now"), Some.Now);

        Assert.Contains("/frobnicate", turn.Replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(DialogueStep.Goal, turn.Conversation!.Step);
    }

    public static TheoryData<string, bool> EveryCatalogCommandPrivateAndPublic()
    {
        var data = new TheoryData<string, bool>();
        // Moderator commands are about a channel: the turn processor answers them before the engine sees them.
        foreach (var command in CommandCatalog.All.Where(c => c.Audience != CommandAudience.Moderator))
        {
            foreach (var name in command.Aliases.Prepend(command.Name))
            {
                data.Add(name, true);
                data.Add(name, false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCatalogCommandPrivateAndPublic))]
    public void Handle_EveryCatalogCommand_IsKnownToTheEngine(string name, bool direct)
    {
        var sut = CreateSut();
        var unknown = Enum.GetValues<Language>().Select(language => TextCatalog.Embedded.Format(language, "command.unknown", "/" + name)).ToList();

        var turn = sut.Handle(InStep(DialogueStep.Goal), Some.Text("/" + name, direct: direct), Some.Now);

        Assert.NotEmpty(turn.Replies);
        Assert.DoesNotContain(turn.Replies, reply => unknown.Any(text => reply.Text.Contains(text, StringComparison.Ordinal)));
    }

    internal static Conversation InStep(DialogueStep step) => new()
    {
        Key = Some.Key(),
        Step = step,
        ResumeStep = step is DialogueStep.Paused or DialogueStep.Welcome or DialogueStep.ConfirmForget ? DialogueStep.Goal : null,
        Candidates = step is DialogueStep.ConfirmCurrentJob or DialogueStep.ConfirmTargetJob ? ["27-3043"] : [],
        CandidateIscos = step is DialogueStep.ConfirmCurrentJob or DialogueStep.ConfirmTargetJob ? [""] : [],
        StartedAt = Some.Now,
        LastActivity = Some.Now,
    };

    private static DialogueEngine CreateSut() => EngineDriver.CreateEngine();
}
