using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;
using CareerBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Delivery;

/// <summary>
/// "Continue privately", asked in a server: the engine's replies marked <see cref="OutgoingMessage.InPrivateChat"/> go to
/// the person's DM (opened by user id, cached per person), then the turn's public invitation links to that DM.
/// When the DM cannot be opened or Discord answers 50007 (DMs closed): after a slash command or button, a note says so
/// in the interaction (filling its original) once per turn and the private replies follow as ephemeral messages
/// ("private mode"), replacing the invitation; after a mention the private replies cannot go anywhere and the public
/// invitation says how to get there instead.
/// What a turn found is memory only: after a restart its remaining private replies open the DM again (Discord returns
/// the same channel), and an invitation whose private replies all went out before the restart is sent as an ordinary
/// one, with a "continue privately" button instead of the link.
/// </summary>
internal sealed class PrivateChatDelivery(DiscordRestClient rest, ReplyWriter writer, ILogger<PrivateChatDelivery> logger)
{
    private readonly RecentMap<string> _dmChannels = new(20_000);
    private readonly RecentMap<PrivateTurn> _turns = new(20_000);

    /// <summary>What the private replies of the turn answering <paramref name="inReplyTo"/> found, if it had any this run.</summary>
    public PrivateTurn? TurnOf(string inReplyTo) => _turns.TryGet(inReplyTo, out var turn) ? turn : null;

    /// <summary>A reply for the person's DM; <paramref name="here"/> is where they asked (the fallback).</summary>
    public async Task<DeliveryOutcome> SendPrivatelyAsync(OutboxEntry entry, ReplyAddress here, CancellationToken cancellationToken)
    {
        var turn = TurnOf(entry.InReplyTo) ?? new PrivateTurn();
        if (!turn.DmsClosed)
        {
            var (dm, failed) = await OpenDmAsync(entry.Key.UserId, cancellationToken);
            if (failed is { IsPermanent: false })
            {
                return ReplyWriter.Outcome(failed); // not now (5xx, 429, no answer): not the same as closed
            }

            var error = dm is null ? failed : await writer.WriteAsync(ReplyAddress.Channel(dm), entry.Message, fillOriginal: false, entry.Id, cancellationToken);
            if (dm is not null && error is not { Code: DiscordApiError.CannotSendMessagesToUser })
            {
                if (error is null && turn.DmChannelId is null)
                {
                    Log.PrivateChatOpened(logger);
                    _turns.Set(entry.InReplyTo, turn with { DmChannelId = dm });
                }
                else if (error is { IsPermanent: true })
                {
                    _dmChannels.Remove(entry.Key.UserId); // e.g. Unknown Channel: open it afresh next time
                }

                return ReplyWriter.Outcome(error);
            }

            turn = turn with { DmsClosed = true };
            _turns.Set(entry.InReplyTo, turn);
            Log.PrivateChatClosed(logger, here.Kind == ReplyKind.Interaction ? "ephemeral replies" : "a public note");
        }

        if (here.Kind != ReplyKind.Interaction)
        {
            return DeliveryOutcome.Undeliverable("DMs closed");
        }

        var privately = here with { Ephemeral = true, PrivateMode = true };
        if (!turn.NoteSent)
        {
            var note = new OutgoingMessage { Text = DiscordTexts.DmsClosed(here.Language) };
            if (await writer.WriteAsync(privately, note, fillOriginal: here.OriginalPending, entry.InReplyTo + ":dms-closed", cancellationToken, extraButtons: []) is { } noteFailed)
            {
                return ReplyWriter.Outcome(noteFailed);
            }

            _turns.Set(entry.InReplyTo, turn with { NoteSent = true });
        }

        return ReplyWriter.Outcome(await writer.WriteAsync(privately with { OriginalPending = false }, entry.Message, fillOriginal: false, entry.Id, cancellationToken));
    }

    /// <summary>The public invitation of a turn whose private replies went to the DM (link to it) or found the DMs closed.</summary>
    public async Task<DeliveryOutcome> SendInvitationAsync(OutboxEntry entry, ReplyAddress here, PrivateTurn turn, CancellationToken cancellationToken)
    {
        var fillOriginal = entry.IsFirstAnswer && here.OriginalPending;
        if (turn is { DmsClosed: false, DmChannelId: { } dm })
        {
            var link = MessageRenderer.LinkButton(DiscordTexts.OpenDm(here.Language), $"https://discord.com/channels/@me/{dm}");
            return ReplyWriter.Outcome(await writer.WriteAsync(here, entry.Message, fillOriginal, entry.Id, cancellationToken, extraButtons: [link]));
        }

        if (turn.NoteSent)
        {
            // The note took the invitation's place (the interaction's original) and says where the conversation goes on;
            // settled as delivered because that is what the person was meant to learn, not a failure worth a warning.
            return DeliveryOutcome.Delivered;
        }

        var closed = entry.Message with { Text = entry.Message.Text + "\n\n" + DiscordTexts.DmsClosedPublic(here.Language), Choices = [] };
        return ReplyWriter.Outcome(await writer.WriteAsync(here, closed, fillOriginal, entry.Id, cancellationToken, extraButtons: []));
    }

    private async Task<(string? ChannelId, DiscordApiError? Error)> OpenDmAsync(string userId, CancellationToken cancellationToken)
    {
        if (_dmChannels.TryGet(userId, out var known))
        {
            return (known, null);
        }

        // Idempotent on Discord's side: the same user always gets the same DM channel.
        var opened = await rest.CreateDmAsync(userId, cancellationToken);
        if (opened.Value?.Id is { Length: > 0 } channel)
        {
            _dmChannels.Set(userId, channel);
            return (channel, null);
        }

        return (null, opened.Error ?? new DiscordApiError(400, 0, "no DM channel in the answer"));
    }
}
