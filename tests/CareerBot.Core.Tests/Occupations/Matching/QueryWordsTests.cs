using CareerBot.Core.Occupations.Matching;

namespace CareerBot.Core.Tests.Occupations.Matching;

public sealed class QueryWordsTests
{
    [Theory]
    [InlineData("I work in IT")]
    [InlineData("IT support")]
    [InlineData("it consultant")]
    public void Read_ItNamingTheField_IsKept(string text)
    {
        var words = QueryWords.Read(text, 24);

        Assert.Contains("it", words.Words);
    }

    [Theory]
    [InlineData("carpenter for 30 years, still love it")]
    [InlineData("been doing it 6 yrs")]
    public void Read_ItAsPronoun_IsDropped(string text)
    {
        var words = QueryWords.Read(text, 24);

        Assert.DoesNotContain("it", words.Words);
    }

    [Fact]
    public void Read_SentenceAfterAFrame_MarksTheFramedClauseAndTheWorkplace()
    {
        var words = QueryWords.Read("My boss uses AI. I'm a nurse, I work in a hospital", 24);

        Assert.True(words.IsSentence);
        Assert.Contains(words.Clauses[words.Words.IndexOf("nurse")], words.Framed);
        Assert.Equal(words.Words.IndexOf("hospital"), words.Workplace);
    }

    [Fact]
    public void Read_NotInWorkPhrase_IsLeftOut()
    {
        var words = QueryWords.Read("ex nurse, now a stay at home mum", 24);

        Assert.Equal(["nurse"], words.Words);
    }

    [Fact]
    public void Match_UnknownNameAfterAPreposition_DoesNotCountAsUnexplained()
    {
        var sut = new TitleMatcher(Some.Vocabulary());

        var matches = sut.Match("I'm an electrician at Zorblax", 3);

        Assert.Equal("47-2111", matches[0].Soc);
        Assert.True(matches[0].IsConfident);
    }
}
