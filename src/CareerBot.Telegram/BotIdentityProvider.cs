using CareerBot.Telegram.Routing;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace CareerBot.Telegram;

/// <summary>Asks getMe once and remembers who the bot is (username overridable in options).</summary>
internal sealed class BotIdentityProvider(ITelegramBotClient bot, IOptions<TelegramOptions> options)
{
    private BotIdentity? _identity;

    public async Task<BotIdentity> GetAsync(CancellationToken cancellationToken)
    {
        // Two concurrent first calls may both ask getMe; the answers are equal, so no lock is needed.
        if (_identity is { } known)
        {
            return known;
        }

        var me = await bot.GetMe(cancellationToken);
        var username = string.IsNullOrWhiteSpace(options.Value.BotUsername) ? me.Username ?? "" : options.Value.BotUsername.TrimStart('@');
        _identity = new BotIdentity(me.Id, username, GroupLinkKey.FromBotToken(options.Value.BotToken));
        return _identity;
    }
}
