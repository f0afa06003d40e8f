using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CareerBot.Telegram.Health;
using CareerBot.Telegram.Routing;
using CareerBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;
using Telegram.Bot;

namespace CareerBot.Telegram.Webhook;

/// <summary>
/// Tells Telegram where to push updates (setWebhook) or that nobody should (deleteWebhook). A hash of the settings is kept
/// in the platform state, so a deploy with unchanged settings calls setWebhook no more.
/// </summary>
internal sealed class WebhookRegistration(
    ITelegramBotClient bot,
    TelegramChatState state,
    IOptions<TelegramOptions> options,
    ResiliencePipelineProvider<string> pipelines,
    TelegramStatus status,
    ILogger<WebhookRegistration> logger)
{
    private const string HashKey = "webhook-hash";
    private readonly ResiliencePipeline _calls = pipelines.GetPipeline(TelegramResilience.PollPipeline);

    /// <summary>True when Telegram already pushes with the current settings (set by this process or another).</summary>
    public async Task<bool> IsCurrentAsync(BotIdentity me, CancellationToken cancellationToken) =>
        await state.GetAsync(HashKey, cancellationToken) == Hash(me, options.Value);

    /// <summary>Calls setWebhook with Telegram:WebhookUrl, the secret, the update types and max_connections, unless that was done already.</summary>
    public async Task EnsureAsync(BotIdentity me, CancellationToken cancellationToken)
    {
        if (await IsCurrentAsync(me, cancellationToken))
        {
            return;
        }

        var value = options.Value;
        var url = value.WebhookUrl!;
        await _calls.ExecuteAsync(
            async t => await bot.SetWebhook(
                url,
                maxConnections: value.WebhookMaxConnections,
                allowedUpdates: SubscribedUpdates.All,
                dropPendingUpdates: false,
                secretToken: value.WebhookSecret,
                cancellationToken: t),
            cancellationToken);
        await state.SetAsync(HashKey, Hash(me, value), cancellationToken);
        Log.WebhookSet(logger, new Uri(url).Host, value.WebhookMaxConnections);
    }

    /// <summary>The webhook is known to be set with the current settings: health turns healthy.</summary>
    public void Confirmed()
    {
        status.WebhookSet();
        Log.WebhookReady(logger);
    }

    /// <summary>Polling needs the webhook gone; the kept hash goes with it, so a later switch back sets it again.</summary>
    public async Task DeleteAsync(CancellationToken cancellationToken)
    {
        await _calls.ExecuteAsync(async t => await bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken: t), cancellationToken);
        if (await state.GetAsync(HashKey, cancellationToken) is not null)
        {
            await state.SetAsync(HashKey, null, cancellationToken);
        }
    }

    // The bot's id too: a new token for another bot on the same database must set its own webhook.
    private static string Hash(BotIdentity me, TelegramOptions options)
    {
        var settings = string.Join('\n',
            me.Id.ToString(CultureInfo.InvariantCulture),
            options.WebhookUrl,
            options.WebhookSecret,
            string.Join(',', SubscribedUpdates.All),
            options.WebhookMaxConnections.ToString(CultureInfo.InvariantCulture));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(settings)));
    }
}
