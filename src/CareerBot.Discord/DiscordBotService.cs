using CareerBot.Core.Messaging;
using CareerBot.Discord.Commands;
using CareerBot.Discord.Gateway;
using CareerBot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord;

/// <summary>
/// The Discord adapter's one BackgroundService: keeps the gateway running until the host stops. Inert when no bot token
/// is configured. A fatal gateway close (bad token, disallowed intents) ends it with the reason (logged, in health), and
/// the supervisor decides whether the host goes on for the other adapters.
/// </summary>
internal sealed class DiscordBotService(
    GatewayClient gateway,
    DiscordConversationRunner runner,
    CommandRegistrar registrar,
    DiscordRestClient rest,
    DiscordBotIdentity identity,
    IChatAdapterSupervisor adapters,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordBotService> logger) : BackgroundService
{
    internal DiscordEventRouter? Router { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsEnabled)
        {
            Log.AdapterDisabled(logger);
            return;
        }

        Router = new DiscordEventRouter(runner, registrar, rest, identity, logger, stoppingToken);
        using var retrying = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var retries = RetryOutboxAsync(Router, retrying.Token);
        try
        {
            if (await RunGatewayAsync(Router, stoppingToken) is { } refused)
            {
                adapters.StoppedForGood(Platform.Discord, refused.Reason);
            }
        }
        finally
        {
            // Also when a fatal close ends the gateway: the retries stop with it.
            await retrying.CancelAsync();
            await retries;
        }
    }

    // A reply that could not be delivered (rate limits outlasting the retries, a Discord outage) stays in the outbox;
    // without this it would wait for the next READY, which on a healthy connection may be days away.
    private async Task RetryOutboxAsync(DiscordEventRouter router, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.OutboxRetrySeconds), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await router.RetryOutboxAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>The fatal outcome that ended the gateway, or null when the host stopped.</summary>
    private async Task<ConnectionOutcome?> RunGatewayAsync(DiscordEventRouter router, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                return await gateway.RunAsync(router, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return null;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                Log.AdapterFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(5), time, stoppingToken);
            }
        }

        return null;
    }
}
