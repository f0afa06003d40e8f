using CareerBot.Telegram.Routing;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace CareerBot.Telegram.Tests.Routing;

public sealed class CommandTextTests
{
    [Theory]
    [InlineData("/risk@CareerTestBot nurse", "/risk nurse")]
    [InlineData("/risk@careertestbot nurse", "/risk nurse")]
    [InlineData("/risk nurse", "/risk nurse")]
    [InlineData("/start@OtherBot", null)]
    [InlineData("hello /risk", null)]
    [InlineData("/", null)]
    [InlineData("", null)]
    public void ForThisBot_WithoutEntities_ParsesLeadingCommand(string text, string? expected)
    {
        var result = CommandText.ForThisBot(text, null, "CareerTestBot");

        Assert.Equal(expected, result);
    }

    [Fact]
    public void ForThisBot_EntityNotAtStart_IsNotACommand()
    {
        MessageEntity[] entities = [new() { Type = MessageEntityType.BotCommand, Offset = 3, Length = 5 }];

        var result = CommandText.ForThisBot("hi /risk", entities, "CareerTestBot");

        Assert.Null(result);
    }

    [Fact]
    public void ForThisBot_EntityLongerThanText_IsNotACommand()
    {
        MessageEntity[] entities = [new() { Type = MessageEntityType.BotCommand, Offset = 0, Length = 50 }];

        var result = CommandText.ForThisBot("/risk", entities, "CareerTestBot");

        Assert.Null(result);
    }
}
