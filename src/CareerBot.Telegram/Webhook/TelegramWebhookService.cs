using CareerBot.Telegram.Polling;
using CareerBot.Telegram.Sending;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Telegram.Webhook;

/// <summary>
/// Webhook mode's start-up: getMe, setWebhook (when the settings changed) and the command menus. Updates then arrive
/// through <see cref="TelegramWebhookReceiver"/>; nothing polls. Inert in polling mode.
/// </summary>
internal sealed class TelegramWebhookService(
    TelegramStartup startup,
    IOptions<TelegramOptions> options,
    TimeProvider timeProvider,
    TokenRedactor redactor,
    ILogger<TelegramWebhookService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Mode != TelegramMode.Webhook)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await startup.RunWebhookAsync(stoppingToken);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // E.g. the state store failed: updates are still taken meanwhile; setWebhook is tried again.
                Log.WebhookSetupFailed(logger, redactor.Scrub(ex));
                await Task.Delay(TimeSpan.FromSeconds(10), timeProvider, stoppingToken);
            }
        }
    }
}
