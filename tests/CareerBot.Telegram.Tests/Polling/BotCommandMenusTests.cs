using System.Text.RegularExpressions;
using CareerBot.Core.Conversations.Commands;
using CareerBot.Core.Texts;
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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Menus_EveryScope_AreTheCatalogMenusWordForWord(bool dutch)
    {
        var language = dutch ? Language.Dutch : Language.English;

        Assert.Equal(Lines(CommandCatalog.PrivateMenu, language), Lines(BotCommandMenus.Private(dutch)));
        Assert.Equal(Lines(CommandCatalog.GroupMenu, language), Lines(BotCommandMenus.Group(dutch)));
        Assert.Equal(Lines(CommandCatalog.ModeratorMenu, language), Lines(BotCommandMenus.Administrators(dutch)));
    }

    [Fact]
    public void Build_CommandAddedToTheCatalogMenu_AppearsInBothLanguages()
    {
        var added = new MenuItem("salary", new Bilingual("What a job pays, with sources", "Wat een beroep verdient, met bronnen"));

        var english = BotCommandMenus.Build([.. CommandCatalog.GroupMenu, added], dutch: false);
        var dutch = BotCommandMenus.Build([.. CommandCatalog.GroupMenu, added], dutch: true);

        Assert.Equal(("salary", "What a job pays, with sources"), (english[^1].Command, english[^1].Description));
        Assert.Equal(("salary", "Wat een beroep verdient, met bronnen"), (dutch[^1].Command, dutch[^1].Description));
    }

    private static IEnumerable<string> Lines(IEnumerable<MenuItem> menu, Language language) =>
        menu.Select(item => item.Name + " " + item.Description.In(language));

    private static IEnumerable<string> Lines(IEnumerable<global::Telegram.Bot.Types.BotCommand> menu) =>
        menu.Select(command => command.Command + " " + command.Description);

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();
}
