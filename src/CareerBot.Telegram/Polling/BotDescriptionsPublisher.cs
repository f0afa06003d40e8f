using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CareerBot.Telegram.Routing;
using CareerBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Telegram.Bot;

namespace CareerBot.Telegram.Polling;

/// <summary>
/// Sets the bot's descriptions (<see cref="BotDescriptions"/>) next to the command menus. setMyDescription and
/// setMyShortDescription are rate-limited, so each is called only when getMyDescription / getMyShortDescription return
/// something else, and once this build's texts are in place (a stored hash) a start asks Telegram nothing at all.
/// </summary>
internal sealed class BotDescriptionsPublisher(ITelegramBotClient bot, TelegramChatState state, TokenRedactor redactor, ILogger<BotDescriptionsPublisher> logger)
{
    private const string HashKey = "descriptions-hash";

    /// <summary>True when this build's descriptions were published already (by this process or another).</summary>
    public async Task<bool> IsCurrentAsync(BotIdentity me, CancellationToken cancellationToken) =>
        await state.GetAsync(HashKey, cancellationToken) == Hash(me);

    public async Task PublishAsync(BotIdentity me, CancellationToken cancellationToken)
    {
        var hash = Hash(me);
        if (await state.GetAsync(HashKey, cancellationToken) == hash)
        {
            return;
        }

        try
        {
            var all = BotDescriptions.For(me);
            var changed = 0;
            foreach (var (language, description, shortDescription) in all)
            {
                if ((await bot.GetMyDescription(language, cancellationToken)).Description != description)
                {
                    await bot.SetMyDescription(description, language, cancellationToken);
                    changed++;
                }

                if ((await bot.GetMyShortDescription(language, cancellationToken)).ShortDescription != shortDescription)
                {
                    await bot.SetMyShortDescription(shortDescription, language, cancellationToken);
                    changed++;
                }
            }

            await state.SetAsync(HashKey, hash, cancellationToken);
            Log.DescriptionsPublished(logger, changed, all.Count * 2);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Like the menus, a convenience: the bot works without them, so log and carry on (tried again at next start).
            Log.DescriptionsFailed(logger, redactor.Scrub(ex));
        }
    }

    private static string Hash(BotIdentity me) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(BotDescriptions.For(me).Select(d => new[] { d.Language, d.Description, d.Short })))));
}
