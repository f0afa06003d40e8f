using CareerBot.Core.Conversations;
using CareerBot.Core.Occupations;
using CareerBot.Core.Tests.Support;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Tests.Conversations;

public sealed class DialogueEngineSourcesTests
{
    [Theory]
    [InlineData(Language.English, "Frey & Osborne (2013) — probability of computerisation per occupation.")]
    [InlineData(Language.Dutch, "Frey & Osborne (2013) — kans op automatisering per beroep.")]
    public void Handle_Sources_ListsTheSourcesInThePersonsLanguage(Language language, string expected)
    {
        var sut = CreateSut();
        var conversation = DialogueEngineCommandTests.InStep(DialogueStep.Goal) with { Language = language, LanguageChosen = true };

        var turn = sut.Handle(conversation, Some.Text("/sources"), Some.Now);

        Assert.Contains(expected, turn.Replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_SourcesInDutch_KeepsTheCreditLinesALicenceRequiresWordForWord()
    {
        var sut = CreateSut();
        var conversation = DialogueEngineCommandTests.InStep(DialogueStep.Goal) with { Language = Language.Dutch, LanguageChosen = true };

        var text = sut.Handle(conversation, Some.Text("/sources"), Some.Now).Replies[0].Text;

        Assert.StartsWith("Waar mijn cijfers en verhalen vandaan komen:", text, StringComparison.Ordinal);
        Assert.Contains("Gmyrek et al. (2025), ILO Working Paper 140, CC BY 4.0.", text, StringComparison.Ordinal);
        Assert.Contains("ESCO © European Union, reused under Commission Decision 2011/833/EU.", text, StringComparison.Ordinal);
        Assert.Contains("U.S. Bureau of Labor Statistics (publiek domein)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("public domain", text, StringComparison.Ordinal);
        Assert.DoesNotContain("per occupation", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_SourcesInDutchWithoutDutchLines_FallsBackOnTheEnglishLines()
    {
        var sut = EngineDriver.CreateEngine(new DialogueSettings { Sources = ["Frey & Osborne (2013)"] });
        var conversation = DialogueEngineCommandTests.InStep(DialogueStep.Goal) with { Language = Language.Dutch, LanguageChosen = true };

        var turn = sut.Handle(conversation, Some.Text("/sources"), Some.Now);

        Assert.Contains("• Frey & Osborne (2013)", turn.Replies[0].Text, StringComparison.Ordinal);
    }

    private static DialogueEngine CreateSut() => EngineDriver.CreateEngine(new DialogueSettings
    {
        Sources = [.. DataSources.All.Select(s => s.ListLine(Language.English))],
        SourcesDutch = [.. DataSources.All.Select(s => s.ListLine(Language.Dutch))],
    });
}
