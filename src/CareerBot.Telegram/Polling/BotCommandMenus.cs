using CareerBot.Core.Conversations.Commands;
using CareerBot.Core.Texts;
using Telegram.Bot.Types;

namespace CareerBot.Telegram.Polling;

/// <summary>The command menus shown in Telegram's "/" list, built from the Core <see cref="CommandCatalog"/>'s menus.</summary>
internal static class BotCommandMenus
{
    public static BotCommand[] Private(bool dutch) => Build(CommandCatalog.PrivateMenu, dutch);

    public static BotCommand[] Group(bool dutch) => Build(CommandCatalog.GroupMenu, dutch);

    public static BotCommand[] Administrators(bool dutch) => Build(CommandCatalog.ModeratorMenu, dutch);

    public static BotCommand[] Build(IEnumerable<MenuItem> menu, bool dutch) =>
        [.. menu.Select(item => new BotCommand { Command = item.Name, Description = item.Description.In(dutch ? Language.Dutch : Language.English) })];
}
