using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Discord.Autocomplete;
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
    ITurnProcessor turns,
    InteractionAcknowledgements acknowledgements,
    AutocompleteResponder autocomplete,
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

        Router = new DiscordEventRouter(turns, acknowledgements, autocomplete, registrar, rest, identity, logger, stoppingToken);
        if (await RunGatewayAsync(Router, stoppingToken) is { } refused)
        {
            adapters.StoppedForGood(Platform.Discord, refused.Reason);
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
