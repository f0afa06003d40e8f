using CareerBot.Telegram.Sending;

namespace CareerBot.Telegram.Tests.Sending;

public sealed class MessageSplitterTests
{
    [Fact]
    public void Split_ShortText_OnePart()
    {
        var parts = MessageSplitter.Split("hello");

        Assert.Equal(["hello"], parts);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Split_EmptyText_GivesAPlaceholderTelegramAccepts(string text)
    {
        var parts = MessageSplitter.Split(text);

        Assert.Single(parts);
        Assert.False(string.IsNullOrWhiteSpace(parts[0]));
    }

    [Fact]
    public void Split_LongProse_CutsAtWordsWithinLimitAndLosesNothing()
    {
        var text = string.Join(' ', Enumerable.Repeat("occupation", 1000));

        var parts = MessageSplitter.Split(text);

        Assert.True(parts.Count >= 3);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, MessageSplitter.MaxLength));
        Assert.Equal(text, string.Join(' ', parts));
    }

    [Fact]
    public void Split_PrefersParagraphBreaks()
    {
        var first = new string('a', 3000);
        var second = new string('b', 3000);

        var parts = MessageSplitter.Split(first + "\n\n" + second);

        Assert.Equal([first, second], parts);
    }

    [Fact]
    public void Split_EmojiWithoutSpaces_NeverCutsASurrogatePair()
    {
        var text = "x" + string.Concat(Enumerable.Repeat("😂", 3000));

        var parts = MessageSplitter.Split(text);

        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.All(parts, p => Assert.False(char.IsLowSurrogate(p[0])));
        Assert.Equal(text, string.Concat(parts));
    }
}
