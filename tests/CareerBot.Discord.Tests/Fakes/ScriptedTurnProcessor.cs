using System.Collections.Concurrent;
using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>A hand-written ITurnProcessor: answers by script, dedupes by message id, keeps an outbox like the real one.</summary>
internal sealed class ScriptedTurnProcessor(Func<IncomingMessage, IReadOnlyList<OutgoingMessage>> script) : ITurnProcessor
{
    private readonly ConcurrentDictionary<string, byte> handled = new();
    private readonly ConcurrentDictionary<string, OutboxEntry> outbox = new();

    public ConcurrentQueue<IncomingMessage> Received { get; } = new();

    public ConcurrentQueue<string> Confirmed { get; } = new();

    public Task<IReadOnlyList<OutboxEntry>> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        if (!handled.TryAdd(message.MessageId, 0))
        {
            return Task.FromResult<IReadOnlyList<OutboxEntry>>([]);
        }

        Received.Enqueue(message);
        var entries = script(message).Select((reply, i) => Entry(message, reply, i)).ToList();
        foreach (var entry in entries)
        {
            outbox[entry.Id] = entry;
        }

        return Task.FromResult<IReadOnlyList<OutboxEntry>>(entries);
    }

    public Task<IReadOnlyList<OutboxEntry>> PendingAsync(Platform platform, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OutboxEntry>>(outbox.Values.Where(e => e.Key.Platform == platform).OrderBy(e => e.CreatedAt).ThenBy(e => e.Id, StringComparer.Ordinal).ToList());

    public Task ConfirmDeliveredAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        outbox.TryRemove(entry.Id, out _);
        Confirmed.Enqueue(entry.Id);
        return Task.CompletedTask;
    }

    /// <summary>Puts a reply in the outbox as if stored before a crash.</summary>
    public void AddPending(OutboxEntry entry) => outbox[entry.Id] = entry;

    public static OutboxEntry Entry(IncomingMessage message, OutgoingMessage reply, int index) => new()
    {
        Id = $"{message.MessageId}:{index}",
        Key = message.Key,
        ReplyAddress = message.ReplyAddress,
        InReplyTo = message.MessageId,
        Message = reply,
        CreatedAt = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero),
    };
}
