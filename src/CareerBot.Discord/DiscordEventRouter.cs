using System.Text.Json;
using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Discord.Autocomplete;
using CareerBot.Discord.Commands;
using CareerBot.Discord.Entities;
using CareerBot.Discord.Gateway;
using CareerBot.Discord.Rest;
using CareerBot.Discord.Translation;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord;

/// <summary>
/// Inbound only: READY (remember who we are, register commands), MESSAGE_CREATE and INTERACTION_CREATE (acknowledge
/// an interaction at once, translate, hand the message to <see cref="ITurnProcessor"/>; an autocomplete is answered at
/// once by <see cref="AutocompleteResponder"/> instead). Replies leave through the
/// one delivery path (<see cref="Delivery.DiscordReplySender"/>). Returns without waiting for a turn, so the gateway keeps
/// reading; the turns run on the adapter's stopping token, not the connection's.
/// Per-person order: each turn is handed over before the next dispatch is read, and the turn processor takes turns of
/// one conversation in the order they were handed over (its per-conversation lock is queued before HandleAsync first
/// yields), so two messages sent back to back are answered in that order without a queue of our own.
/// </summary>
internal sealed class DiscordEventRouter(
    ITurnProcessor turns,
    InteractionAcknowledgements acknowledgements,
    AutocompleteResponder autocomplete,
    CommandRegistrar registrar,
    DiscordRestClient rest,
    DiscordBotIdentity identity,
    ILogger logger,
    CancellationToken stopping) : IGatewayDispatchHandler
{
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
            }
            catch (Exception ex) when (!stopping.IsCancellationRequested)
            {
                Log.ReadyWorkFailed(logger, ex);
            }
        }, stopping);
    }

    /// <summary>The turn's task: complete once it is stored (its replies are then the dispatcher's).</summary>
    private Task OnMessage(DiscordMessage? message) =>
        message is not null && MessageTranslator.Translate(message, identity.UserId) is { } incoming ? RunTurnAsync(incoming) : Task.CompletedTask;

    private Task OnInteraction(DiscordInteraction? interaction)
    {
        if (interaction is { ApplicationId.Length: 0 } && identity.ApplicationId is { } applicationId)
        {
            interaction = interaction with { ApplicationId = applicationId };
        }

        if (interaction is not null && AutocompleteResponder.Handles(interaction))
        {
            // Answered beside the gateway's reading, never through a turn: it reads and keeps nothing of the person.
            autocomplete.Begin(interaction, stopping);
            return Task.CompletedTask;
        }

        if (interaction is null || InteractionTranslator.Plan(interaction) is not { } plan)
        {
            Log.InteractionSkipped(logger, interaction?.Type ?? 0);
            return Task.CompletedTask;
        }

        // Acknowledge now (Discord allows 3 s), beside the turn: the sender holds the turn's replies until it answered.
        if (!acknowledgements.TryStart(interaction.Id, () => AcknowledgeAsync(interaction, plan.Acknowledgement)))
        {
            Log.InteractionRepeated(logger, interaction.Id);
            return Task.CompletedTask;
        }

        return plan.Message is { } incoming ? RunTurnAsync(incoming) : Task.CompletedTask;
    }

    private async Task AcknowledgeAsync(DiscordInteraction interaction, InteractionResponse response)
    {
        try
        {
            var ack = await rest.RespondAsync(interaction.Id, interaction.Token, response, stopping);
            if (ack.Error is { } error)
            {
                Log.AcknowledgementFailed(logger, error.HttpStatus, error.Code);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    // HandleAsync runs synchronously up to the processor's per-conversation lock, which keeps arrival order.
    private async Task RunTurnAsync(IncomingMessage message)
    {
        try
        {
            await turns.HandleAsync(message, stopping);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stopping.IsCancellationRequested)
        {
            Log.TurnFailed(logger, message.MessageId, ex);
        }
    }
}
