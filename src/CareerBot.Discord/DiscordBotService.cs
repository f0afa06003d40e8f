using CareerBot.Core.Conversations;
using CareerBot.Discord.Commands;
using CareerBot.Discord.Gateway;
using CareerBot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord;

/// <summary>
/// The Discord adapter's one BackgroundService: keeps the gateway running until the host stops. Inert when no bot token
/// is configured. A fatal gateway close (bad token, disallowed intents) ends it with the reason, which stops the host.
/// </summary>
internal sealed class DiscordBotService(
    GatewayClient gateway,
    ITurnProcessor turns,
    InteractionAcknowledgements acknowledgements,
    CommandRegistrar registrar,
    DiscordRestClient rest,
    DiscordBotIdentity identity,
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

        Router = new DiscordEventRouter(turns, acknowledgements, registrar, rest, identity, logger, stoppingToken);
        await RunGatewayAsync(Router, stoppingToken);
    }

    private async Task RunGatewayAsync(DiscordEventRouter router, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await gateway.RunAsync(router, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not GatewayFatalException && !stoppingToken.IsCancellationRequested)
            {
                Log.AdapterFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(5), time, stoppingToken);
            }
        }
    }
}
