using CareerBot.Core.Discussions;
using CareerBot.Core.Tests.Support;
using CareerBot.Core.Texts;

namespace CareerBot.Core.Tests.Discussions;

public class PromptCatalogTests
{
    [Fact]
    public void Load_ValidFiles_ReadsIdThemeAndBothTranslations()
    {
        var sut = PromptCatalog.Load([TestPrompts.File("pay-cut", "pay-and-identity", "Would you take a pay cut?\nWhy?", "Zou jij minder gaan verdienen?")]);

        var prompt = Assert.Single(sut.All);
        Assert.Equal("pay-cut", prompt.Id);
        Assert.Equal("pay-and-identity", prompt.Theme);
        Assert.Equal("Would you take a pay cut?\nWhy?", prompt.Text(Language.English));
        Assert.Equal("Zou jij minder gaan verdienen?", prompt.Text(Language.Dutch));
        Assert.Same(prompt, sut.Find("pay-cut"));
        Assert.Null(sut.Find("nope"));
    }

    [Fact]
    public void Load_DuplicateId_NamesBothFiles()
    {
        var error = Assert.Throws<PromptCatalogException>(() => PromptCatalog.Load([
            TestPrompts.File("same"),
            new PromptSource("other.md", TestPrompts.File("same").Text),
        ]));

        Assert.Contains(error.Problems, p => p.Contains("other.md", StringComparison.Ordinal) && p.Contains("'same'", StringComparison.Ordinal) && p.Contains("same.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MissingTranslation_SaysWhichLanguageAndFile()
    {
        var source = new PromptSource("half.md", "---\nid: half\ntheme: retraining\n---\n## en\nOnly English.\n");

        var error = Assert.Throws<PromptCatalogException>(() => PromptCatalog.Load([source]));

        Assert.Equal(["half.md: the 'nl' translation is missing or empty"], error.Problems);
        Assert.Contains("half.md", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no header\n## en\nx\n## nl\ny", "must start with a '---' header line")]
    [InlineData("---\nid: a\ntheme: retraining\n## en\nx", "not closed")]
    [InlineData("---\nid: Bad Id\ntheme: retraining\n---\n## en\nx\n## nl\ny", "'id' must be lower-case")]
    [InlineData("---\nid: a\ntheme: robots\n---\n## en\nx\n## nl\ny", "unknown theme 'robots'")]
    [InlineData("---\nid: a\ntheme: retraining\ntitle: x\n---\n## en\nx\n## nl\ny", "line 4: expected 'id: …' or 'theme: …'")]
    [InlineData("---\nid: a\nid: b\ntheme: retraining\n---\n## en\nx\n## nl\ny", "'id' is given twice")]
    [InlineData("---\nid: a\ntheme: retraining\n---\nstray\n## en\nx\n## nl\ny", "text before the first")]
    [InlineData("---\nid: a\ntheme: retraining\n---\n## en\nx\n## de\ny\n## nl\nz", "unknown language 'de'")]
    [InlineData("---\nid: a\ntheme: retraining\n---\n## en\nx\n## en\ny\n## nl\nz", "'## en' appears twice")]
    [InlineData("---\nid: a\ntheme: retraining\n---\n## en\n\n## nl\ny", "'en' translation is missing or empty")]
    [InlineData("", "must start with a '---' header line")]
    [InlineData("\0\u0001binary\uFFFD", "must start with a '---' header line")]
    public void Load_MalformedFile_RejectedWithAClearReason(string text, string reason)
    {
        var error = Assert.Throws<PromptCatalogException>(() => PromptCatalog.Load([new PromptSource("broken.md", text)]));

        Assert.Contains(error.Problems, p => p.StartsWith("broken.md", StringComparison.Ordinal) && p.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_TextTooLong_Rejected()
    {
        var error = Assert.Throws<PromptCatalogException>(() => PromptCatalog.Load([TestPrompts.File("long", en: new string('x', 1001))]));

        Assert.Contains(error.Problems, p => p.Contains("1001 characters", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_WindowsLineEndings_Accepted()
    {
        var sut = PromptCatalog.Load([new PromptSource("crlf.md", TestPrompts.File("crlf").Text.Replace("\n", "\r\n", StringComparison.Ordinal))]);

        Assert.Equal("English text of crlf.", sut.All[0].Text(Language.English));
    }

    [Fact]
    public void Load_NoFiles_Rejected()
    {
        var error = Assert.Throws<PromptCatalogException>(() => PromptCatalog.Load([]));

        Assert.Equal(["no prompt files found"], error.Problems);
    }

    [Fact]
    public void Load_SeveralBrokenFiles_ReportsThemAllAtOnce()
    {
        var error = Assert.Throws<PromptCatalogException>(() => PromptCatalog.Load([
            new PromptSource("a.md", "nothing"),
            new PromptSource("b.md", "---\nid: b\ntheme: x\n---\n## en\nx\n## nl\ny"),
            TestPrompts.File("fine"),
        ]));

        Assert.Equal(2, error.Problems.Count);
    }
}
