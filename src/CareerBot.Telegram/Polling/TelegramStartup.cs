using CareerBot.Telegram.Sending;
using CareerBot.Telegram.Webhook;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Registry;

namespace CareerBot.Telegram.Polling;

/// <summary>What the adapter needs first: who the bot is, the webhook set (webhook mode) or out of the way (polling), and the command menus published.</summary>
internal sealed class TelegramStartup(
    BotIdentityProvider identity,
    WebhookRegistration webhook,
    BotCommandsPublisher commands,
    ResiliencePipelineProvider<string> pipelines,
    ILogger<TelegramStartup> logger)
{
    private readonly ResiliencePipeline _poll = pipelines.GetPipeline(TelegramResilience.PollPipeline);

    public async Task RunPollingAsync(CancellationToken cancellationToken)
    {
        var me = await _poll.ExecuteAsync(async t => await identity.GetAsync(t), cancellationToken);
        Log.Started(logger, me.Username);
        await webhook.DeleteAsync(cancellationToken);
        await commands.PublishAsync(cancellationToken);
    }

    public async Task RunWebhookAsync(CancellationToken cancellationToken)
    {
        var me = await _poll.ExecuteAsync(async t => await identity.GetAsync(t), cancellationToken);
        Log.StartedWebhook(logger, me.Username);
        await webhook.EnsureAsync(me, cancellationToken);
        await commands.PublishAsync(cancellationToken);
    }
}
