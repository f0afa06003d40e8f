using CareerBot.Core.Conversations.Flow;

namespace CareerBot.Core.Tests.Conversations.Flow;

public sealed class InputTextTests
{
    [Theory]
    [InlineData(59)]
    [InlineData(58)]
    [InlineData(60)]
    public void Echo_EmojiAtTheCut_KeptWholeOrLeftOut(int lettersBefore)
    {
        var text = new string('x', lettersBefore) + "\U0001F469\U0001F3FD and more";

        var echo = InputText.Echo(text);

        Assert.EndsWith("…", echo, StringComparison.Ordinal);
        Assert.True(echo.EnumerateRunes().All(r => r.Value != 0xFFFD), "a surrogate pair was cut in half");
        Assert.True(echo.Length <= 61);
    }

    [Theory]
    [InlineData("nurs\u00e9\uFFFF\uFFFE", "nursé")]
    [InlineData("\uFDD0nurse\U0010FFFF", "nurse")]
    public void Clean_Noncharacters_Removed(string typed, string expected)
    {
        Assert.Equal(expected, InputText.Clean(typed));
    }
}
