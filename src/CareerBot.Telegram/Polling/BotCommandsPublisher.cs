using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using CareerBot.Telegram.Sending;

namespace CareerBot.Telegram.Polling;

/// <summary>Publishes the command menus (private chats in English and Dutch, groups, administrators) when they changed.</summary>
internal sealed class BotCommandsPublisher(ITelegramBotClient bot, TelegramChatState state, TokenRedactor redactor, ILogger<BotCommandsPublisher> logger)
{
    private const string HashKey = "commands-hash";

    public static IReadOnlyList<(BotCommandScope Scope, string? Language, BotCommand[] Commands)> Menus { get; } =
    [
        (BotCommandScope.AllPrivateChats(), null, BotCommandMenus.Private(dutch: false)),
        (BotCommandScope.AllPrivateChats(), "nl", BotCommandMenus.Private(dutch: true)),
        (BotCommandScope.AllGroupChats(), null, BotCommandMenus.Group(dutch: false)),
        (BotCommandScope.AllGroupChats(), "nl", BotCommandMenus.Group(dutch: true)),
        (BotCommandScope.AllChatAdministrators(), null, BotCommandMenus.Administrators(dutch: false)),
        (BotCommandScope.AllChatAdministrators(), "nl", BotCommandMenus.Administrators(dutch: true)),
    ];

    /// <summary>True when the menus of this build were published already (by this process or another).</summary>
    public async Task<bool> IsCurrentAsync(CancellationToken cancellationToken) => await state.GetAsync(HashKey, cancellationToken) == Hash();

    public async Task PublishAsync(CancellationToken cancellationToken)
    {
        var hash = Hash();
        if (await state.GetAsync(HashKey, cancellationToken) == hash)
        {
            return;
        }

        try
        {
            foreach (var (scope, language, commands) in Menus)
            {
                await bot.SetMyCommands(commands, scope, language, cancellationToken);
            }

            await state.SetAsync(HashKey, hash, cancellationToken);
            Log.CommandsPublished(logger, Menus.Count);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The menu is a convenience: the bot works without it, so log and carry on (retried at next start).
            Log.CommandsFailed(logger, redactor.Scrub(ex));
        }
    }

    private static string Hash()
    {
        var json = JsonSerializer.Serialize(Menus.Select(m => new { Scope = m.Scope.Type.ToString(), m.Language, Commands = m.Commands.Select(c => c.Command + " " + c.Description) }));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
    }
}
