using System.Text.RegularExpressions;
using CareerBot.Core.Conversations.Commands;
using CareerBot.Core.Discussions;

namespace CareerBot.Core.Tests.Conversations.Commands;

public sealed partial class CommandCatalogTests
{
    // Every name and alias in catalog order, and words that are no command.
    private static readonly string[] Words =
        [.. CommandCatalog.All.SelectMany(c => c.Aliases.Prepend(c.Name)), "nonsense", "loopbaan", "risk pick"];

    [Fact]
    public void All_EveryText_IsGivenInEnglishAndDutch()
    {
        var texts = CommandCatalog.All.SelectMany(Texts).ToList();

        Assert.NotEmpty(texts);
        Assert.All(texts, text =>
        {
            Assert.False(string.IsNullOrWhiteSpace(text.English));
            Assert.False(string.IsNullOrWhiteSpace(text.Dutch));
        });
    }

    [Fact]
    public void All_NamesAndAliases_AreUnique()
    {
        var words = CommandCatalog.All.SelectMany(c => c.Aliases.Prepend(c.Name)).ToList();

        Assert.Equal(words.Count, words.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void All_NamesAndAliases_AreValidTelegramCommands()
    {
        var words = CommandCatalog.All.SelectMany(c => c.Aliases.Prepend(c.Name));

        Assert.All(words, word => Assert.Matches(TelegramCommandName(), word));
    }

    [Fact]
    public void All_EveryCommand_IsListedSomewhere()
    {
        var listed = CommandCatalog.PrivateMenu.Concat(CommandCatalog.ModeratorMenu).Select(item => item.Name)
            .Concat(CommandCatalog.Picker.Select(c => c.Name)).ToHashSet();

        Assert.All(CommandCatalog.All, command => Assert.Contains(command.Name, listed));
    }

    [Fact]
    public void All_EveryCommandThatIsNotPublic_IsDiscreet()
    {
        Assert.All(CommandCatalog.All.Where(c => c.Audience != CommandAudience.Public), command => Assert.True(command.Discreet, command.Name));
    }

    [Fact]
    public void Menus_EveryLine_FitsTelegramRules()
    {
        IReadOnlyList<MenuItem>[] menus = [CommandCatalog.PrivateMenu, CommandCatalog.GroupMenu, CommandCatalog.ModeratorMenu];

        Assert.All(menus, menu =>
        {
            Assert.InRange(menu.Count, 1, 100);
            Assert.Equal(menu.Count, menu.Select(item => item.Name).Distinct().Count());
            Assert.All(menu, item =>
            {
                Assert.NotNull(CommandCatalog.Find(item.Name));
                Assert.InRange(item.Description.English.Length, 3, 256);
                Assert.InRange(item.Description.Dutch.Length, 3, 256);
            });
        });
    }

    [Fact]
    public void Menus_ModeratorCommands_OnlyInTheModeratorMenu()
    {
        Assert.Contains(CommandCatalog.ModeratorMenu, item => CommandCatalog.IsModeratorOnly(item.Name));
        Assert.DoesNotContain(CommandCatalog.GroupMenu, item => CommandCatalog.IsModeratorOnly(item.Name));
        Assert.DoesNotContain(CommandCatalog.PrivateMenu, item => CommandCatalog.IsModeratorOnly(item.Name));
        Assert.Equal(CommandCatalog.GroupMenu, CommandCatalog.ModeratorMenu.Take(CommandCatalog.GroupMenu.Count));
    }

    [Fact]
    public void Picker_EveryNameAndDescription_FitsDiscordRules()
    {
        Assert.Equal(CommandCatalog.Picker.Count, CommandCatalog.Picker.Select(c => c.Name).Distinct().Count());
        Assert.All(CommandCatalog.Picker, command =>
        {
            Assert.NotNull(command.DutchName);
            Assert.NotNull(command.PickerDescription);
            Assert.All([command.Name, command.DutchName!, .. Parameters(command.Parameters).Select(p => p.Name), .. Parameters(command.Parameters).Select(p => p.DutchName)],
                name => Assert.Matches(DiscordCommandName(), name));
            Assert.All([command.PickerDescription!, .. Parameters(command.Parameters).Select(p => p.Description), .. Parameters(command.Parameters).SelectMany(p => p.Choices).Select(c => c.Label)], text =>
            {
                Assert.InRange(text.English.Length, 1, 100);
                Assert.InRange(text.Dutch.Length, 1, 100);
            });
        });
    }

    [Theory]
    [InlineData("language", CommandNames.Language)]
    [InlineData("taal", CommandNames.Language)]
    [InlineData("LANG", CommandNames.Language)]
    [InlineData("story", CommandNames.Stories)]
    [InlineData("Career", CommandNames.Career)]
    [InlineData("weekly", CommandNames.Weekly)]
    public void Find_NameAliasOrOtherCase_FindsTheCommand(string name, string expected)
    {
        var sut = CommandCatalog.Find(name);

        Assert.Equal(expected, sut?.Name);
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData("/help")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("loopbaan")] // a picker's Dutch name is shown, never sent: Discord sends "career"
    public void Find_UnknownWord_IsNull(string? name)
    {
        var sut = CommandCatalog.Find(name);

        Assert.Null(sut);
    }

    [Theory]
    [InlineData("/Weekly@CareerBot now", CommandNames.Weekly)]
    [InlineData("  /taal nl", CommandNames.Language)]
    [InlineData("/start career", CommandNames.Start)]
    [InlineData("/weeklyplan now", null)]
    [InlineData("help desk", null)]
    [InlineData("/ risk", null)]
    public void FindTyped_Text_FindsTheCommandItStartsWith(string text, string? expected)
    {
        var sut = CommandCatalog.FindTyped(text);

        Assert.Equal(expected, sut?.Name);
    }

    [Fact]
    public void IsPersonal_EveryWord_TrueForWhatMovesToAPrivateChat()
    {
        var sut = Words.Where(CommandCatalog.IsPersonal);

        Assert.Equal(["start", "career", "language", "lang", "taal", "back", "restart", "cancel", "forget"], sut);
    }

    [Fact]
    public void IsModeratorOnly_EveryWord_TrueForWeeklyAlone()
    {
        var sut = Words.Where(CommandCatalog.IsModeratorOnly);

        Assert.Equal(["weekly"], sut);
    }

    [Fact]
    public void OpensPrivateChat_EveryWord_TrueForStartAndCareer()
    {
        var sut = Words.Where(CommandCatalog.OpensPrivateChat);

        Assert.Equal(["start", "career"], sut);
    }

    [Fact]
    public void IsDiscreet_EveryWord_TrueForPersonalModeratorAndPrivacy()
    {
        var sut = Words.Where(CommandCatalog.IsDiscreet);

        Assert.Equal(["start", "career", "language", "lang", "taal", "back", "restart", "cancel", "privacy", "forget", "weekly"], sut);
    }

    [Fact]
    public void AsTyped_WithAndWithoutArgument_IsTheTextTheEngineReads()
    {
        Assert.Equal("/risk nurse", CommandCatalog.Risk.AsTyped("nurse"));
        Assert.Equal("/help", CommandCatalog.Help.AsTyped());
    }

    [Fact]
    public void Weekly_EverySubCommandInBothLanguages_IsAnActionTheParserReads()
    {
        var subCommands = CommandCatalog.Weekly.Parameters.Where(p => p.Kind == ParameterKind.SubCommand).ToList();

        Assert.NotEmpty(subCommands);
        Assert.All(subCommands, sub =>
        {
            var english = WeeklyCommandParser.Parse(sub.Name);
            var dutch = WeeklyCommandParser.Parse(sub.DutchName);
            Assert.NotEqual("weekly.bad.action", english.Problem);
            Assert.NotEqual(WeeklyAction.Help, english.Action);
            Assert.Equal(english.Action, dutch.Action);
        });
    }

    private static IEnumerable<Bilingual> Texts(CommandSpec command) =>
        new[] { command.Description, command.GroupDescription, command.PickerDescription }.OfType<Bilingual>()
            .Concat(Parameters(command.Parameters).Select(p => p.Description))
            .Concat(Parameters(command.Parameters).SelectMany(p => p.Choices).Select(c => c.Label));

    private static IEnumerable<CommandParameter> Parameters(IEnumerable<CommandParameter> parameters) =>
        parameters.SelectMany(p => Parameters(p.Parameters).Prepend(p));

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex TelegramCommandName();

    // Discord: 1–32 letters, digits, '-' or '_', lowercase where the script has case.
    [GeneratedRegex(@"^[-_\p{Ll}\p{N}]{1,32}$")]
    private static partial Regex DiscordCommandName();
}
