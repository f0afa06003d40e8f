using CareerBot.Core.Messaging;
using CareerBot.Telegram.Sending;
using CareerBot.Telegram.Webhook;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Registry;

namespace CareerBot.Telegram.Polling;

/// <summary>
/// What the adapter needs first: who the bot is, the webhook set (webhook mode) or out of the way (polling), and the
/// command menus and descriptions published. In polling mode only the poller gets here; in webhook mode every process does, and the
/// "telegram:set-webhook" lease lets one of them call setWebhook and setMyCommands while the others wait for it.
/// </summary>
internal sealed class TelegramStartup(
    BotIdentityProvider identity,
    WebhookRegistration webhook,
    BotCommandsPublisher commands,
    BotDescriptionsPublisher descriptions,
    ILeaseStore leases,
    ProcessIdentity process,
    ResiliencePipelineProvider<string> pipelines,
    TimeProvider time,
    ILogger<TelegramStartup> logger)
{
    public const string SetupLease = "telegram:set-webhook";
    public static readonly TimeSpan SetupLeaseDuration = TimeSpan.FromMinutes(2);
    public static readonly TimeSpan SetupCheckEvery = TimeSpan.FromSeconds(5);

    private readonly ResiliencePipeline _poll = pipelines.GetPipeline(TelegramResilience.PollPipeline);

    public async Task RunPollingAsync(CancellationToken cancellationToken)
    {
        var me = await _poll.ExecuteAsync(async t => await identity.GetAsync(t), cancellationToken);
        Log.Started(logger, me.Username);
        await webhook.DeleteAsync(cancellationToken);
        await commands.PublishAsync(cancellationToken);
        await descriptions.PublishAsync(me, cancellationToken);
    }

    public async Task RunWebhookAsync(CancellationToken cancellationToken)
    {
        var me = await _poll.ExecuteAsync(async t => await identity.GetAsync(t), cancellationToken);
        Log.StartedWebhook(logger, me.Username);
        var waited = false;
        while (!await webhook.IsCurrentAsync(me, cancellationToken) || !await commands.IsCurrentAsync(cancellationToken)
            || !await descriptions.IsCurrentAsync(me, cancellationToken))
        {
            if (!leases.SpansProcesses || await leases.TryAcquireAsync(SetupLease, process.Id, SetupLeaseDuration, cancellationToken))
            {
                try
                {
                    await webhook.EnsureAsync(me, cancellationToken);
                    await commands.PublishAsync(cancellationToken);
                    await descriptions.PublishAsync(me, cancellationToken);
                }
                finally
                {
                    await ReleaseAsync();
                }

                break;
            }

            if (!waited)
            {
                waited = true;
                Log.WebhookSetElsewhere(logger);
            }

            await Task.Delay(SetupCheckEvery, time, cancellationToken);
        }

        webhook.Confirmed();
    }

    private async Task ReleaseAsync()
    {
        if (!leases.SpansProcesses)
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await leases.ReleaseAsync(SetupLease, process.Id, timeout.Token);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log.WebhookSetupFailed(logger, ex); // the lease runs out by itself
        }
    }
}
