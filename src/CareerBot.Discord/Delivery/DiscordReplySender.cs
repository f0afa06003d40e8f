using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Delivery;

/// <summary>
/// Discord's outbound half of the one delivery path: one stored reply becomes REST calls (see <see cref="ReplyWriter"/>)
/// and an outcome; the <see cref="OutboxDispatcher"/> orders, retries and confirms. The rules:
/// a reply to an interaction waits for the interaction's acknowledgement; the turn's first answer fills a deferred
/// original, later replies are follow-ups; a reply for the person alone (<see cref="OutgoingMessage.IsPersonal"/>) to a
/// public interaction goes as an ephemeral follow-up; replies for the private chat and their turn's invitation go
/// through <see cref="PrivateChatDelivery"/>.
/// </summary>
internal sealed class DiscordReplySender(
    ReplyWriter writer,
    PrivateChatDelivery privateChats,
    InteractionAcknowledgements acknowledgements,
    IOptions<DiscordOptions> options) : IReplySender
{
    public Platform Platform => Platform.Discord;

    public bool IsEnabled => options.Value.IsEnabled;

    public async Task<DeliveryOutcome> SendAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (ReplyAddress.Parse(entry.ReplyAddress) is not { } address)
        {
            return DeliveryOutcome.Undeliverable("unreadable reply address");
        }

        if (address.Kind == ReplyKind.Interaction)
        {
            // A follow-up or an edit of the original before the callback answered would find no interaction.
            await acknowledgements.WaitAsync(entry.InReplyTo, cancellationToken);
        }

        if (entry.Message.InPrivateChat)
        {
            return await privateChats.SendPrivatelyAsync(entry, address, cancellationToken);
        }

        if (entry.Message.InvitesPrivateChat && privateChats.TurnOf(entry.InReplyTo) is { } privateTurn)
        {
            return await privateChats.SendInvitationAsync(entry, address, privateTurn, cancellationToken);
        }

        var fillOriginal = entry.IsFirstAnswer && address.OriginalPending;
        if (entry.Message.IsPersonal && address is { Kind: ReplyKind.Interaction, Ephemeral: false })
        {
            // Help lines after a worrying message in a server: shown to the person alone. A reply to a plain channel
            // message cannot be private; it never repeats the person's words.
            (address, fillOriginal) = (address with { Ephemeral = true, OriginalPending = false }, false);
        }

        return ReplyWriter.Outcome(await writer.WriteAsync(address, entry.Message, fillOriginal, entry.Id, cancellationToken));
    }
}
