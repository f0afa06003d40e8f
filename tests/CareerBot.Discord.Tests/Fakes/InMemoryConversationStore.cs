using System.Collections.Concurrent;
using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>
/// IConversationStore in memory, for the adapter tests: handled events, the outbox and the replies confirmed (settled)
/// by the dispatcher. Conversations are not kept: the scripted dialogue has none.
/// </summary>
internal sealed class InMemoryConversationStore : IConversationStore
{
    private readonly ConcurrentDictionary<string, byte> _handled = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, OutboxEntry> _outbox = new(StringComparer.Ordinal);

    /// <summary>Ids of the replies the dispatcher settled (delivered or undeliverable), in the order confirmed.</summary>
    public ConcurrentQueue<string> Confirmed { get; } = new();

    public Task<TurnStart> LoadTurnAsync(ConversationKey key, string messageId, CancellationToken cancellationToken) =>
        Task.FromResult(new TurnStart(_handled.ContainsKey($"{key.Platform}:{messageId}"), null));

    public Task<TurnSaveResult> SaveTurnAsync(StoredTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        _handled[$"{turn.Platform}:{turn.MessageId}"] = 0;
        foreach (var entry in turn.Outbox)
        {
            _outbox[entry.Id] = entry;
        }

        return Task.FromResult(TurnSaveResult.Saved);
    }

    public Task ForgetAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        foreach (var entry in _outbox.Values.Where(e => e.Key == key))
        {
            _outbox.TryRemove(entry.Id, out _);
        }

        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<OutboxEntry>> PendingForAsync(ConversationKey key, CancellationToken cancellationToken) =>
        [.. (await PendingAsync(key.Platform, cancellationToken)).Where(e => e.Key == key)];

    public Task<IReadOnlyList<OutboxEntry>> PendingAsync(Platform platform, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OutboxEntry>>([.. _outbox.Values.Where(e => e.Key.Platform == platform).OrderBy(e => e.CreatedAt).ThenBy(e => e.Id, StringComparer.Ordinal)]);

    public Task MarkDeliveredAsync(IReadOnlyCollection<string> outboxEntryIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outboxEntryIds);
        foreach (var id in outboxEntryIds)
        {
            _outbox.TryRemove(id, out _);
            Confirmed.Enqueue(id);
        }

        return Task.CompletedTask;
    }

    /// <summary>Puts a reply in the outbox as if stored before a crash.</summary>
    public void AddPending(OutboxEntry entry) => _outbox[entry.Id] = entry;
}
