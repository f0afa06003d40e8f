using CareerBot.Core.Conversations;
using CareerBot.Core.Conversations.Flow;
using CareerBot.Core.Tests.Support;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Tests.Conversations;

public class DialogueEngineStartLinkTests
{
    [Fact]
    public void Handle_StartWithACardLinkForANewPerson_ShowsThatCardThenTheFirstQuestion()
    {
        var sut = CreateSut();

        var turn = sut.Handle(null, Some.Text("/start " + StartLink.ForCard("29-1141")), Some.Now);

        Assert.Contains("Registered Nurses", turn.Replies[0].Text, StringComparison.Ordinal);
        Assert.NotNull(turn.Replies[0].Picture);
        Assert.True(turn.Replies.Count > 1);
        Assert.NotNull(turn.Conversation);
    }

    [Fact]
    public void Handle_StartWithACardLinkForANewPerson_TheCardThenTheFullHelloWithTheStorageNotice()
    {
        var sut = CreateSut();
        var plain = sut.Handle(null, Some.Text("/start"), Some.Now);

        var turn = sut.Handle(null, Some.Text("/start " + StartLink.ForCard("29-1141")), Some.Now);

        Assert.Equal(TextCatalog.Embedded.Get(Language.English, "hello"), turn.Replies[1].Text);
        Assert.Equal(plain.Replies[^1].Choices, turn.Replies[^1].Choices);
        Assert.DoesNotContain(turn.Replies, r => r.Text == TextCatalog.Embedded.Get(Language.English, "hello.retry"));
    }

    [Fact]
    public void Handle_StartWithACardLinkMidInterview_ShowsTheCardAndKeepsTheStep()
    {
        var sut = CreateSut();

        var turn = sut.Handle(DialogueEngineCommandTests.InStep(DialogueStep.Goal), Some.Text("/start risk-29-1141"), Some.Now);

        Assert.Contains("Registered Nurses", turn.Replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(DialogueStep.Goal, turn.Conversation!.Step);
    }

    [Theory]
    [InlineData("risk-99-9999")]
    [InlineData("risk-nurse")]
    public void Handle_StartWithAnUnknownJobCode_SaysSoAndStartsAsUsual(string payload)
    {
        var sut = CreateSut();
        var plain = sut.Handle(null, Some.Text("/start"), Some.Now);

        var turn = sut.Handle(null, Some.Text("/start " + payload), Some.Now);

        Assert.Equal(TextCatalog.Embedded.Get(Language.English, "start.unknown_job"), turn.Replies[0].Text);
        Assert.Equal(plain.Replies.Select(r => r.Text), turn.Replies.Skip(1).Select(r => r.Text));
    }

    [Theory]
    [InlineData("career")]
    [InlineData("somethingelse")]
    [InlineData("risk-")]
    public void Handle_StartWithAnyOtherPayload_IsAPlainStart(string payload)
    {
        var sut = CreateSut();
        var plain = sut.Handle(null, Some.Text("/start"), Some.Now);

        var turn = sut.Handle(null, Some.Text("/start " + payload), Some.Now);

        Assert.Equal(plain.Replies.Select(r => r.Text), turn.Replies.Select(r => r.Text));
        Assert.Equal(plain.Conversation!.Step, turn.Conversation!.Step);
    }

    [Fact]
    public void Handle_CareerWithACardLink_IsAPlainStart()
    {
        var sut = CreateSut();
        var plain = sut.Handle(null, Some.Text("/career"), Some.Now);

        var turn = sut.Handle(null, Some.Text("/career risk-29-1141"), Some.Now);

        Assert.Equal(plain.Replies.Select(r => r.Text), turn.Replies.Select(r => r.Text));
    }

    private static DialogueEngine CreateSut() => EngineDriver.CreateEngine();
}
