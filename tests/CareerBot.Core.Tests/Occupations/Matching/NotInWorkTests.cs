using CareerBot.Core.Occupations.Matching;

namespace CareerBot.Core.Tests.Occupations.Matching;

public sealed class NotInWorkTests
{
    [Theory]
    [InlineData("stay at home mum")]
    [InlineData("housewife")]
    [InlineData("ik ben met pensioen")]
    [InlineData("I'm a mum")]
    public void Mark_StatusAlone_MarksEveryContentWord(string text)
    {
        var tokens = TitleText.Tokenize(text);

        var marked = NotInWork.Mark(tokens, IsContent);

        Assert.All(tokens.Where(IsContent), t => Assert.True(marked[tokens.IndexOf(t)]));
    }

    [Theory]
    [InlineData("house mother", "mother")]
    [InlineData("ex nurse now a housewife", "nurse")]
    public void Mark_WordOfAJob_IsKept(string text, string kept)
    {
        var tokens = TitleText.Tokenize(text);

        var marked = NotInWork.Mark(tokens, IsContent);

        Assert.False(marked[tokens.IndexOf(kept)]);
    }

    [Theory]
    [InlineData("stay at home mum")]
    [InlineData("housewife")]
    [InlineData("thuisblijfmoeder")]
    public void Match_NotInPaidWork_ReturnsNoMatch(string text)
    {
        var sut = new TitleMatcher(Some.Vocabulary());

        var matches = sut.Match(text, 3);

        Assert.Empty(matches);
    }

    private static bool IsContent(string word) => !FillerWords.Joiners.Contains(word) && !FillerWords.Chat.Contains(word);
}
