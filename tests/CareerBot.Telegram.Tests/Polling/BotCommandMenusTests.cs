using System.Text.RegularExpressions;
using CareerBot.Telegram.Polling;

namespace CareerBot.Telegram.Tests.Polling;

public sealed partial class BotCommandMenusTests
{
    [Fact]
    public void Menus_EveryCommand_FitsTelegramRules()
    {
        var menus = BotCommandsPublisher.Menus;

        Assert.All(menus, menu =>
        {
            Assert.InRange(menu.Commands.Length, 1, 100);
            Assert.All(menu.Commands, command =>
            {
                Assert.Matches(CommandName(), command.Command);
                Assert.InRange(command.Description.Length, 1, 256);
            });
            Assert.Equal(menu.Commands.Length, menu.Commands.Select(c => c.Command).Distinct().Count());
        });
    }

    [Fact]
    public void Menus_DutchAndEnglish_OfferTheSameCommands()
    {
        Assert.Equal(BotCommandMenus.Private(dutch: false).Select(c => c.Command), BotCommandMenus.Private(dutch: true).Select(c => c.Command));
        Assert.Equal(BotCommandMenus.Administrators(dutch: false).Select(c => c.Command), BotCommandMenus.Administrators(dutch: true).Select(c => c.Command));
    }

    [Fact]
    public void Menus_ModeratorCommand_OnlyForAdministrators()
    {
        Assert.Contains(BotCommandMenus.Administrators(dutch: false), c => c.Command == "weekly");
        Assert.DoesNotContain(BotCommandMenus.Group(dutch: false), c => c.Command == "weekly");
        Assert.DoesNotContain(BotCommandMenus.Private(dutch: false), c => c.Command == "weekly");
    }

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();
}
