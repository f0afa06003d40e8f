using CareerBot.Pictures.Tests.Support;

namespace CareerBot.Pictures.Tests;

public class GlyphCoverageTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Missing_EveryStringOfTheEnglishAndDutchPictures_IsEmpty(bool target)
    {
        var texts = Some.Texts(Some.English(target)).Concat(Some.Texts(Some.Dutch(target)));

        var missing = texts.SelectMany(GlyphCoverage.Missing).ToArray();

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("ü ë é ï → — € ’ ‘ “ ” • … ½ × − – ·")]
    [InlineData("Coördinator, naïef, café, cliënt, Übersetzer, ’s avonds, €3.450 → €3.900")]
    [InlineData("Ça, señor, Łódź, Øresund, Ærø, straße")]
    public void Missing_DutchAndEuropeanPunctuationAndLetters_IsEmpty(string text)
    {
        var missing = GlyphCoverage.Missing(text);

        Assert.Empty(missing);
    }

    [Fact]
    public void Missing_EmojiAndCjk_AreFound()
    {
        var missing = GlyphCoverage.Missing("robot 🤖 and 机器人");

        Assert.Equal(["🤖", "机", "器", "人"], missing);
    }

    [Fact]
    public void Printable_CharactersWithoutGlyph_AreReplacedAndCounted()
    {
        var printable = GlyphCoverage.Printable("Schrijver 👩🏽‍💻 en 机器人", out var replaced);

        Assert.Equal("Schrijver ? en ???", printable);
        Assert.Equal(4, replaced);
    }

    [Fact]
    public void Printable_DecomposedAccents_AreComposed()
    {
        var printable = GlyphCoverage.Printable("cafe\u0301 coo\u0308rdinator", out var replaced);

        Assert.Equal("café coördinator", printable);
        Assert.Equal(0, replaced);
    }

    [Fact]
    public void Printable_ControlCharacters_BecomeSpaces()
    {
        var printable = GlyphCoverage.Printable("Writers\nand\tAuthors€", out var replaced);

        Assert.Equal("Writers and Authors€", printable);
        Assert.Equal(0, replaced);
    }

    [Fact]
    public void Printable_PlainAscii_IsTheSameString()
    {
        const string Text = "Writers and Authors (2013): 3.8%";

        var printable = GlyphCoverage.Printable(Text, out var replaced);

        Assert.Same(Text, printable);
        Assert.Equal(0, replaced);
    }
}
