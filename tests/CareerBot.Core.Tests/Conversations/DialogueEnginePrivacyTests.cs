using CareerBot.Core.Conversations;
using CareerBot.Core.Texts;
using CareerBot.Core.Tests.Support;

namespace CareerBot.Core.Tests.Conversations;

public sealed class DialogueEnginePrivacyTests
{
    [Theory]
    [InlineData(Language.English, "How long: until you type /forget, or until 30 days have passed since your last message")]
    [InlineData(Language.Dutch, "Hoe lang: tot je /forget typt, of tot 30 dagen na je laatste bericht")]
    public void Handle_Privacy_StatesTheConfiguredRetention(Language language, string expected)
    {
        var sut = CreateSut(TimeSpan.FromDays(30));
        var conversation = DialogueEngineCommandTests.InStep(DialogueStep.Goal) with { Language = language, LanguageChosen = true };

        var turn = sut.Handle(conversation, Some.Text("/privacy"), Some.Now);

        Assert.Contains(expected, turn.Replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("{0}", turn.Replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_PrivacyInAGroup_StatesTheDefaultRetention()
    {
        var sut = CreateSut(new DialogueSettings().RetainIdleFor);

        var turn = sut.Handle(null, Some.Text("/privacy", direct: false), Some.Now);

        Assert.Contains("90 days", Assert.Single(turn.Replies).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_Cancel_SaysHowLongAnswersAreKept()
    {
        var sut = CreateSut(TimeSpan.FromDays(14.5));

        var turn = sut.Handle(DialogueEngineCommandTests.InStep(DialogueStep.Goal), Some.Text("/cancel"), Some.Now);

        Assert.Contains("for 15 days after your last message", turn.Replies[0].Text, StringComparison.Ordinal);
    }

    private static DialogueEngine CreateSut(TimeSpan retainIdleFor) =>
        EngineDriver.CreateEngine(new DialogueSettings { RetainIdleFor = retainIdleFor, Sources = ["Frey & Osborne (2013)"] });
}
