using CareerBot.Core.Messaging;

namespace CareerBot.Core.Tests.Messaging;

public sealed class TextCutTests
{
    [Fact]
    public void ToLength_LongText_KeepsThatManyUnitsEndingInAnEllipsis()
    {
        var sut = TextCut.ToLength(new string('a', 150), 100);

        Assert.Equal(100, sut.Length);
        Assert.Equal(new string('a', 99) + "…", sut);
    }

    [Theory]
    [InlineData(97)] // the emoji's two halves at 97 and 98: kept whole
    [InlineData(98)] // at 98 and 99: left out
    [InlineData(99)] // at 99 and 100: past the cut
    public void ToLength_SurrogatePairAtTheCut_NeverSplit(int lettersBefore)
    {
        var text = new string('a', lettersBefore) + "😀" + "tail";

        var sut = TextCut.ToLength(text, 100);

        Assert.True(sut.Length <= 100);
        Assert.EndsWith("…", sut, StringComparison.Ordinal);
        Assert.All(sut.EnumerateRunes(), r => Assert.NotEqual(0xFFFD, r.Value));
        var expected = lettersBefore switch
        {
            97 => new string('a', 97) + "😀…",
            98 => new string('a', 98) + "…",
            _ => new string('a', 99) + "…",
        };
        Assert.Equal(expected, sut);
    }

    [Fact]
    public void ToLength_EmojiOnly_CutBetweenPairs()
    {
        var text = string.Concat(Enumerable.Repeat("👩🏽", 30));

        var sut = TextCut.ToLength(text, 9);

        Assert.Equal("👩🏽👩🏽…", sut);
    }

    [Theory]
    [InlineData("Registered Nurses")]
    [InlineData("")]
    [InlineData("😀")]
    public void ToLength_ShortText_Unchanged(string text)
    {
        var sut = TextCut.ToLength(text, 17);

        Assert.Same(text, sut);
    }

    [Fact]
    public void ToLength_RoomForTheEllipsisOnly_JustTheEllipsis()
    {
        var sut = TextCut.ToLength("😀😀", 1);

        Assert.Equal("…", sut);
    }
}
