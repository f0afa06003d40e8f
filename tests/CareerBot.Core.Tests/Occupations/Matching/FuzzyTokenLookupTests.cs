using CareerBot.Core.Occupations.Matching;

namespace CareerBot.Core.Tests.Occupations.Matching;

public sealed class FuzzyTokenLookupTests
{
    private static readonly string[] Tokens = ["electrician", "electric", "accountant", "nurse", "cook", "tester", "texter", "leraar"];

    [Theory]
    [InlineData("electrican")]
    [InlineData("electriciian")]
    [InlineData("electricain")]
    [InlineData("elektrician")]
    public void Find_OneEditAway_FindsTheWordAtDistanceOne(string typed)
    {
        var sut = CreateSut();

        var (distance, ids) = sut.Find(typed, 1);

        Assert.Equal(1, distance);
        Assert.Equal([0], ids);
    }

    [Fact]
    public void Find_ExactWord_FindsItAtDistanceZero()
    {
        var sut = CreateSut();

        var (distance, ids) = sut.Find("accountant", 2);

        Assert.Equal(0, distance);
        Assert.Equal([2], ids);
    }

    [Fact]
    public void Find_TwoEditsAway_FindsTheWordOnlyWhenTwoAreAllowed()
    {
        var sut = CreateSut();

        var (one, none) = sut.Find("xelectrican", 1);
        var (two, found) = sut.Find("xelectrican", 2);

        Assert.Equal(2, one);
        Assert.Empty(none);
        Assert.Equal(2, two);
        Assert.Equal([0], found);
    }

    [Fact]
    public void Find_SeveralWordsEquallyNear_ReturnsThemInVocabularyOrder()
    {
        var sut = CreateSut();

        var (distance, ids) = sut.Find("teyter", 1);

        Assert.Equal(1, distance);
        Assert.Equal([5, 6], ids);
    }

    [Theory]
    [InlineData("nurs")]
    [InlineData("zzzzzzzz")]
    public void Find_ShortOrUnlikeAnyWord_FindsNothing(string typed)
    {
        var sut = CreateSut();

        var (distance, ids) = sut.Find(typed, 1);

        Assert.Equal(2, distance);
        Assert.Empty(ids);
    }

    private static FuzzyTokenLookup CreateSut() => new(Tokens);
}
