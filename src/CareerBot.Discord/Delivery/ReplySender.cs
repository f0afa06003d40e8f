using CareerBot.Core.Messaging;
using CareerBot.Discord.Entities;
using CareerBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Delivery;

/// <summary>Sends one reply to its <see cref="ReplyAddress"/>: channel message, public reply, or interaction original/follow-up.</summary>
internal sealed class ReplySender(DiscordRestClient rest, ILogger<ReplySender> logger)
{
    public async Task<DeliveryOutcome> SendAsync(
        ReplyAddress address,
        OutgoingMessage message,
        bool fillOriginal,
        IReadOnlyList<DiscordComponent>? extraButtons,
        string deliveryId,
        CancellationToken cancellationToken)
    {
        var parts = MessageRenderer.Render(message, extraButtons, address.Ephemeral ? MessagePayload.Ephemeral : null);
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i] with { Nonce = DeliveryNonce.For(deliveryId, i) };
            var result = await SendPartAsync(address, part, fillOriginal && i == 0, i == 0, cancellationToken);
            var outcome = Classify(result.Error);
            if (outcome != DeliveryOutcome.Delivered)
            {
                Log.ReplyNotDelivered(logger, address.Kind, result.Error!.HttpStatus, result.Error.Code, outcome);
                return outcome;
            }
        }

        return DeliveryOutcome.Delivered;
    }

    private async Task<RestResult<DiscordMessage>> SendPartAsync(ReplyAddress address, MessagePayload part, bool editOriginal, bool first, CancellationToken cancellationToken)
    {
        switch (address.Kind)
        {
            case ReplyKind.Channel:
                return await rest.CreateMessageAsync(address.ChannelId, part with { EnforceNonce = true }, cancellationToken);
            case ReplyKind.ChannelReply:
                return await rest.CreateMessageAsync(address.ChannelId, part with { EnforceNonce = true, MessageReference = first ? new MessageReference(address.MessageId!) : null }, cancellationToken);
            default:
                // Webhook messages take no nonce; a deferred original is filled by an edit, which is safe to repeat.
                var webhookPart = part with { Nonce = null };
                var result = editOriginal
                    ? await rest.EditOriginalAsync(address.ApplicationId!, address.Token!, webhookPart with { Flags = null }, cancellationToken)
                    : await rest.CreateFollowupAsync(address.ApplicationId!, address.Token!, webhookPart, cancellationToken);
                if (result.Error is { } error && TokenExpired(error) && !address.Ephemeral && address.ChannelId.Length > 0)
                {
                    // The 15-minute interaction token ran out (e.g. a reply waiting in the outbox): post it in the channel instead.
                    return await rest.CreateMessageAsync(address.ChannelId, part with { Flags = null, EnforceNonce = true }, cancellationToken);
                }

                return result;
        }
    }

    private static bool TokenExpired(DiscordApiError error) =>
        error.HttpStatus is 401 or 404 || error.Code is DiscordApiError.UnknownWebhook or DiscordApiError.UnknownInteraction or 50027;

    private static DeliveryOutcome Classify(DiscordApiError? error) => error switch
    {
        null => DeliveryOutcome.Delivered,
        { Code: DiscordApiError.CannotSendMessagesToUser } => DeliveryOutcome.CannotDm,
        { IsPermanent: true } => DeliveryOutcome.Refused,
        _ => DeliveryOutcome.RetryLater,
    };
}
