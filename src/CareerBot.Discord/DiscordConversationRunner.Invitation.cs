using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Core.Texts;
using CareerBot.Discord.Delivery;

namespace CareerBot.Discord;

/// <summary>
/// A reply that invites a private chat, given in a server: open a DM and start the interview there ("/start" as a DM
/// turn), then confirm where the person is with a link button. If their DMs are closed (50007), the interview continues
/// in ephemeral replies that only they see (slash commands), or a public note says how to get there (mentions).
/// </summary>
internal sealed partial class DiscordConversationRunner
{
    private async Task InvitePrivatelyAsync(ITurnProcessor processor, IncomingMessage message, OutboxEntry invite, bool first, CancellationToken cancellationToken)
    {
        var here = ReplyAddress.Parse(invite.ReplyAddress) ?? ReplyAddress.Channel("");
        var language = message.Locale is null ? here.Language : LanguageCodes.FromLocale(message.Locale);
        var dm = await rest.CreateDmAsync(message.Key.UserId, cancellationToken);
        var start = message with
        {
            MessageId = message.MessageId + ":private",
            IsDirect = true,
            Text = "/start",
            ChoicePayload = null,
            ChannelId = null,
            IsModerator = false,
            ReplyAddress = ReplyAddress.Channel(dm.Value?.Id ?? "").Format(),
        };
        var privateEntries = await processor.HandleAsync(start, cancellationToken);
        var opened = dm.IsSuccess;
        var index = 0;
        for (; opened && index < privateEntries.Count; index++)
        {
            var outcome = await DeliverAsync(processor, privateEntries[index], index == 0, cancellationToken);
            if (outcome == DeliveryOutcome.CannotDm)
            {
                opened = false;
                break;
            }
        }

        if (opened)
        {
            Log.PrivateChatOpened(logger);
            var link = MessageRenderer.LinkButton(DiscordTexts.OpenDm(language), $"https://discord.com/channels/@me/{dm.Value!.Id}");
            await DeliverAsync(processor, invite, first, cancellationToken, extra: [link]);
            return;
        }

        Log.PrivateChatClosed(logger);
        if (here.Kind == ReplyKind.Interaction)
        {
            // Private mode: the rest of the interview runs in ephemeral follow-ups (typed answers through a modal).
            var privately = here with { Ephemeral = true, PrivateMode = true, Language = language };
            var note = invite with { Message = new OutgoingMessage { Text = DiscordTexts.DmsClosed(language) } };
            await DeliverAsync(processor, note, first, cancellationToken, privately, extra: []);
            foreach (var entry in privateEntries.Skip(index))
            {
                await DeliverAsync(processor, entry, false, cancellationToken, privately with { OriginalPending = false });
            }

            return;
        }

        var publicNote = invite with { Message = invite.Message with { Text = invite.Message.Text + "\n\n" + DiscordTexts.DmsClosedPublic(language), Choices = [] } };
        await DeliverAsync(processor, publicNote, first, cancellationToken, extra: []);
        foreach (var entry in privateEntries.Skip(index))
        {
            await processor.ConfirmDeliveredAsync(entry, cancellationToken); // nowhere to send them
        }
    }
}
