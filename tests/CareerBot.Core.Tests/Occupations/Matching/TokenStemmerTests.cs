using CareerBot.Core.Occupations.Matching;

namespace CareerBot.Core.Tests.Occupations.Matching;

public sealed class TokenStemmerTests
{
    [Theory]
    [InlineData("nurses", "nurse")]
    [InlineData("electricians", "electrician")]
    [InlineData("secretaries", "secretary")]
    [InlineData("coaches", "coach")]
    [InlineData("bakers", "baker")]
    [InlineData("docenten", "docent")]
    [InlineData("docente", "docent")]
    [InlineData("leraren", "leraar")]
    [InlineData("verpleegkundigen", "verpleegkundige")]
    [InlineData("timmermannen", "timmerman")]
    [InlineData("kappers", "kapper")]
    [InlineData("elektriciens", "elektricien")]
    [InlineData("buses", "bus")]
    [InlineData("houses", "house")]
    public void Stem_PluralOrFeminineForm_MeetsTheBaseForm(string inflected, string baseForm)
    {
        var stem = TokenStemmer.Stem(inflected);

        Assert.Equal(TokenStemmer.Stem(baseForm), stem);
    }

    [Theory]
    [InlineData("analysis")]
    [InlineData("bus")]
    [InlineData("boss")]
    public void Stem_WordEndingInSWithoutPlural_KeepsIt(string word)
    {
        var stem = TokenStemmer.Stem(word);

        Assert.EndsWith("s", stem, StringComparison.Ordinal);
    }
}
