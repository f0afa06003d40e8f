using CareerBot.Core.Occupations.Matching;

namespace CareerBot.Core.Tests.Occupations.Matching;

public sealed class SentenceClausesTests
{
    [Fact]
    public void Assign_SentenceWithMarksAndJoiningWords_GivesOneClausePerPart()
    {
        var clauseStarts = new List<int>();
        var tokens = TitleText.Tokenize("I'm a nurse, mostly nights and I love it", clauseStarts);

        var clauses = SentenceClauses.Assign(tokens, clauseStarts, isSentence: true);

        Assert.Equal([0, 0, 0, 1, 1, 2, 2, 2, 2], clauses);
    }

    [Fact]
    public void Assign_BareTitleWithComma_IsOneClause()
    {
        var clauseStarts = new List<int>();
        var tokens = TitleText.Tokenize("Gunner, Aerial", clauseStarts);

        var clauses = SentenceClauses.Assign(tokens, clauseStarts, isSentence: false);

        Assert.All(clauses, c => Assert.Equal(0, c));
    }

    [Fact]
    public void Assign_AndInsideATitle_DoesNotPart()
    {
        var tokens = TitleText.Tokenize("I'm a heating and air conditioning mechanic");

        var clauses = SentenceClauses.Assign(tokens, [], isSentence: true);

        Assert.All(clauses, c => Assert.Equal(0, c));
    }

    [Theory]
    [InlineData("I'm a nurse", 0)]
    [InlineData("paralegal here", 1)]
    [InlineData("vroeger was ik reisagent", 1)]
    [InlineData("ik werk als kok", 0)]
    public void IsIdentityFrame_FrameWords_AreFound(string text, int at)
    {
        var tokens = TitleText.Tokenize(text);

        var found = SentenceClauses.IsIdentityFrame(tokens, at);

        Assert.True(found);
    }

    [Theory]
    [InlineData("My clients all use AI now, I'm a freelance illustrator", "27-1013")]
    [InlineData("Hi. I'm Sam. I'm an electrician. A bit worried.", "47-2111")]
    [InlineData("illustrator, mostly book covers", "27-1013")]
    public void Match_ClauseThatNamesTheJob_DecidesTheMatch(string text, string soc)
    {
        var sut = new TitleMatcher(Some.Vocabulary());

        var matches = sut.Match(text, 3);

        Assert.Equal(soc, matches[0].Soc);
    }
}
