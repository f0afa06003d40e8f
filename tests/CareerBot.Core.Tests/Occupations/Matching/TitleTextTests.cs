using CareerBot.Core.Occupations.Matching;

namespace CareerBot.Core.Tests.Occupations.Matching;

public sealed class TitleTextTests
{
    [Theory]
    [InlineData("Software DEVELOPER", new[] { "software", "developer" })]
    [InlineData("caissière", new[] { "caissiere" })]
    [InlineData("inspiciënt", new[] { "inspicient" })]
    [InlineData("I'm a zzp'er", new[] { "im", "a", "zzper" })]
    [InlineData("front-end/back-end", new[] { "front", "end", "back", "end" })]
    [InlineData("🙂 nurse 🙂", new[] { "nurse" })]
    [InlineData("\u0000\u0001nurse\u0002", new[] { "nurse" })]
    [InlineData("", new string[0])]
    public void Tokenize_TypedText_GivesLowerCaseAsciiWords(string text, string[] expected)
    {
        var tokens = TitleText.Tokenize(text);

        Assert.Equal(expected, tokens);
    }

    [Fact]
    public void Tokenize_VeryLongWord_IsCutNotCrashed()
    {
        var tokens = TitleText.Tokenize(new string('a', 10_000));

        Assert.Single(tokens);
        Assert.True(tokens[0].Length <= 64);
    }

    [Theory]
    [InlineData("nurs\u00e9\uffff")]
    [InlineData("caissi\u00e8re\ufffe")]
    [InlineData("verpleegkundig\u00e9\ud800")]
    public void Tokenize_NoncharacterOrLoneSurrogateBesideAccents_WordsKeptNotThrown(string text)
    {
        var tokens = TitleText.Tokenize(text);

        Assert.NotEmpty(tokens);
    }
}
