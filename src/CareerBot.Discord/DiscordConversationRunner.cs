using System.Collections.Concurrent;
using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Discord.Delivery;
using CareerBot.Discord.Entities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord;

/// <summary>
/// Feeds one IncomingMessage to the dialogue (one DI scope per message) and delivers the stored replies,
/// confirming each once Discord has it. Also delivers replies left in the outbox by a crash.
/// </summary>
internal sealed partial class DiscordConversationRunner(
    IServiceScopeFactory scopes,
    ReplySender sender,
    Rest.DiscordRestClient rest,
    ILogger<DiscordConversationRunner> logger)
{
    // Replies being delivered by a live turn, so an outbox sweep at the same moment does not send them again.
    private readonly ConcurrentDictionary<string, byte> inFlight = new(StringComparer.Ordinal);

    // Replies confirmed by this process: a sweep's snapshot may list one that a live turn delivered since.
    private readonly RecentIds confirmed = new(100_000);

    public async Task RunAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var processor = scope.ServiceProvider.GetRequiredService<ITurnProcessor>();
            var entries = await processor.HandleAsync(message, cancellationToken);
            foreach (var entry in entries)
            {
                inFlight[entry.Id] = 0;
            }

            var first = true;
            foreach (var entry in entries)
            {
                if (entry.Message.InvitesPrivateChat && !message.IsDirect && AsksForPrivateChat(message))
                {
                    await InvitePrivatelyAsync(processor, message, entry, first, cancellationToken);
                }
                else
                {
                    await DeliverAsync(processor, entry, first, cancellationToken);
                }

                // A reply for the person alone goes out as an ephemeral follow-up; the next one fills the public original.
                first &= entry.Message.IsPersonal && Personal(ReplyAddress.Parse(entry.ReplyAddress)) is not null;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.TurnFailed(logger, message.MessageId, ex);
        }
    }

    public async Task DeliverPendingAsync(KeyedSerialQueue queue, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var pending = await scope.ServiceProvider.GetRequiredService<ITurnProcessor>().PendingAsync(Platform.Discord, cancellationToken);
        if (pending.Count > 0)
        {
            Log.PendingFound(logger, pending.Count);
        }

        foreach (var entry in pending.Where(e => !inFlight.ContainsKey(e.Id)))
        {
            _ = queue.Enqueue(entry.Key.UserId, async () =>
            {
                // Runs after the person's earlier work items: the live turn that wrote this reply may have sent it meanwhile.
                if (inFlight.ContainsKey(entry.Id) || confirmed.Contains(entry.Id))
                {
                    return;
                }

                await using var entryScope = scopes.CreateAsyncScope();
                var processor = entryScope.ServiceProvider.GetRequiredService<ITurnProcessor>();
                await DeliverAsync(processor, entry, IsFirstReply(entry), cancellationToken);
            });
        }
    }

    private async Task<DeliveryOutcome> DeliverAsync(ITurnProcessor processor, OutboxEntry entry, bool first, CancellationToken cancellationToken, ReplyAddress? redirect = null, IReadOnlyList<DiscordComponent>? extra = null)
    {
        var address = redirect ?? ReplyAddress.Parse(entry.ReplyAddress);
        if (redirect is null && entry.Message.IsPersonal && Personal(address) is { } alone)
        {
            (address, first) = (alone, false);
        }

        var outcome = address is null
            ? DeliveryOutcome.Refused
            : await sender.SendAsync(address, entry.Message, first && address.OriginalPending, extra ?? ExtraButtons(address, entry.Message), entry.Id, cancellationToken);
        if (outcome == DeliveryOutcome.RetryLater)
        {
            inFlight.TryRemove(entry.Id, out _);
            return outcome;
        }

        // Refused and unreachable replies are confirmed too: resending them can never work.
        await processor.ConfirmDeliveredAsync(entry, cancellationToken);
        confirmed.TryAdd(entry.Id);
        inFlight.TryRemove(entry.Id, out _);
        return outcome;
    }

    // Help lines after a worrying message in a server are shown to the person alone where Discord allows: an interaction's
    // ephemeral follow-up. A reply to a plain channel message cannot be private; it never repeats the person's words.
    private static ReplyAddress? Personal(ReplyAddress? address) =>
        address is { Kind: ReplyKind.Interaction, Ephemeral: false } ? address with { Ephemeral = true, OriginalPending = false } : null;

    // Outbox ids end in the reply's index ("…:00" from the turn processor): the first reply fills a deferred original.
    private static bool IsFirstReply(OutboxEntry entry) =>
        int.TryParse(entry.Id.AsSpan(entry.Id.LastIndexOf(':') + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index == 0;

    // Only the person's own request (/career, /start, the "continue privately" button) opens a DM; other invitations
    // (after a public look-up) get a button, so nobody is messaged just for asking a question in a channel.
    private static bool AsksForPrivateChat(IncomingMessage message) =>
        message.Text?.Trim().ToLowerInvariant() is "/career" or "/start";

    private static IReadOnlyList<DiscordComponent>? ExtraButtons(ReplyAddress address, OutgoingMessage message) => address switch
    {
        { PrivateMode: true } when message.Choices.Count == 0 => [MessageRenderer.Button(DiscordTexts.Answer(address.Language), DiscordTexts.AnswerPayload)],
        { Ephemeral: false } when message.InvitesPrivateChat => [MessageRenderer.Button(DiscordTexts.ContinuePrivately(address.Language), DiscordTexts.PrivatePayload)],
        _ => null,
    };
}
