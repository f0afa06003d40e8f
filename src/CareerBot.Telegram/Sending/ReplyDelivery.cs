using System.Collections.Concurrent;
using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Telegram.Routing;
using Microsoft.Extensions.Logging;

namespace CareerBot.Telegram.Sending;

/// <summary>Sends stored replies in order and confirms each one; never sends an entry twice within this process.</summary>
internal sealed class ReplyDelivery(TelegramReplySender sender, TokenRedactor redactor, ILogger<ReplyDelivery> logger)
{
    private const int Remembered = 20_000;
    private readonly ConcurrentDictionary<string, byte> _delivered = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public async Task DeliverAsync(IEnumerable<OutboxEntry> entries, ITurnProcessor processor, TelegramChatState state, CancellationToken cancellationToken)
    {
        var deferredChats = new HashSet<long>();
        foreach (var entry in entries)
        {
            var chat = ReplyAddress.TryParse(entry.ReplyAddress)?.ChatId ?? 0;
            if (deferredChats.Contains(chat))
            {
                continue; // keep a conversation's replies in order: the rest waits with the one that could not go
            }

            if (!_delivered.ContainsKey(entry.Id))
            {
                var outcome = await sender.DeliverAsync(entry, state, cancellationToken);
                if (outcome == DeliveryOutcome.Deferred)
                {
                    deferredChats.Add(chat);
                    Log.ReplyDeferred(logger, entry.Id);
                    continue;
                }

                Remember(entry.Id);
            }

            try
            {
                await processor.ConfirmDeliveredAsync(entry, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // Sent but not confirmed: the in-memory record stops a resend while this process lives.
                Log.ConfirmFailed(logger, entry.Id, redactor.Scrub(ex));
            }
        }
    }

    private void Remember(string id)
    {
        if (_delivered.TryAdd(id, 0))
        {
            _order.Enqueue(id);
        }

        while (_order.Count > Remembered && _order.TryDequeue(out var old))
        {
            _delivered.TryRemove(old, out _);
        }
    }
}
