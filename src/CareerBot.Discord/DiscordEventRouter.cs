using System.Text.Json;
using CareerBot.Core.Messaging;
using CareerBot.Discord.Commands;
using CareerBot.Discord.Entities;
using CareerBot.Discord.Gateway;
using CareerBot.Discord.Rest;
using CareerBot.Discord.Translation;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord;

/// <summary>
/// Routes gateway dispatches: READY (remember who we are, register commands, deliver the outbox), MESSAGE_CREATE and
/// INTERACTION_CREATE (acknowledge at once, then run the turn in per-person order). Returns quickly so the gateway
/// keeps reading; the work runs on the adapter's stopping token, not the connection's.
/// </summary>
internal sealed class DiscordEventRouter(
    DiscordConversationRunner runner,
    CommandRegistrar registrar,
    DiscordRestClient rest,
    DiscordBotIdentity identity,
    ILogger logger,
    CancellationToken stopping) : IGatewayDispatchHandler
{
    private readonly KeyedSerialQueue queue = new();

    // Interaction tokens live 15 minutes; far more interactions than that window holds are remembered.
    private readonly RecentIds interactions = new(50_000);

    /// <summary>Returns the event's work item: it completes once the turn is stored (and its replies sent).</summary>
    public Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        try
        {
            switch (dispatch.Type)
            {
                case GatewayDispatch.Ready:
                    OnReady(dispatch.Data.Deserialize<ReadyData>(DiscordJson.Options));
                    break;
                case GatewayDispatch.MessageCreate:
                    return OnMessage(dispatch.Data.Deserialize<DiscordMessage>(DiscordJson.Options));
                case GatewayDispatch.InteractionCreate:
                    return OnInteraction(dispatch.Data.Deserialize<DiscordInteraction>(DiscordJson.Options));
                case GatewayDispatch.GuildCreate:
                    Log.GuildAvailable(logger, dispatch.Data.TryGetProperty("id", out var id) ? id.GetString() ?? "?" : "?");
                    break;
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException)
        {
            Log.DispatchUnreadable(logger, dispatch.Type, ex);
        }

        return Task.CompletedTask;
    }

    /// <summary>Tries the outbox again (replies whose delivery failed for now); nothing before the first READY.</summary>
    public async Task RetryOutboxAsync()
    {
        if (identity.ApplicationId is null)
        {
            return;
        }

        try
        {
            await runner.DeliverPendingAsync(queue, stopping);
        }
        catch (Exception ex) when (!stopping.IsCancellationRequested)
        {
            Log.ReadyWorkFailed(logger, ex);
        }
    }

    private void OnReady(ReadyData? ready)
    {
        if (ready is null)
        {
            return;
        }

        identity.Set(ready.User.Id, ready.Application?.Id);
        _ = Task.Run(async () =>
        {
            try
            {
                await registrar.EnsureAsync(identity.ApplicationId!, stopping);
                await runner.DeliverPendingAsync(queue, stopping);
            }
            catch (Exception ex) when (!stopping.IsCancellationRequested)
            {
                Log.ReadyWorkFailed(logger, ex);
            }
        }, stopping);
    }

    private Task OnMessage(DiscordMessage? message)
    {
        if (message is null || MessageTranslator.Translate(message, identity.UserId) is not { } incoming)
        {
            return Task.CompletedTask;
        }

        return queue.Enqueue(incoming.Key.UserId, () => runner.RunAsync(incoming, stopping));
    }

    private Task OnInteraction(DiscordInteraction? interaction)
    {
        if (interaction is { ApplicationId.Length: 0 } && identity.ApplicationId is { } applicationId)
        {
            interaction = interaction with { ApplicationId = applicationId };
        }

        if (interaction is null || InteractionTranslator.Plan(interaction) is not { } plan)
        {
            Log.InteractionSkipped(logger, interaction?.Type ?? 0);
            return Task.CompletedTask;
        }

        if (!interactions.TryAdd(interaction.Id))
        {
            Log.InteractionRepeated(logger, interaction.Id);
            return Task.CompletedTask;
        }

        // Acknowledge now (Discord allows 3 s); the turn waits for the acknowledgement so follow-ups find it.
        var acknowledged = Task.Run(() => rest.RespondAsync(interaction.Id, interaction.Token, plan.Acknowledgement, stopping), stopping);
        if (plan.Message is not { } incoming)
        {
            return acknowledged;
        }

        return queue.Enqueue(incoming.Key.UserId, async () =>
        {
            var ack = await acknowledged;
            if (!ack.IsSuccess)
            {
                Log.AcknowledgementFailed(logger, ack.Error!.HttpStatus, ack.Error.Code);
            }

            await runner.RunAsync(incoming, stopping);
        });
    }
}
