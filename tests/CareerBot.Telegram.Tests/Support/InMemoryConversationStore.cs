using System.Collections.Concurrent;
using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;

namespace CareerBot.Telegram.Tests.Support;

/// <summary>Conversations, handled events and the outbox in dictionaries, with the real store's contract (a turn saved at once).</summary>
internal sealed class InMemoryConversationStore : IConversationStore
{
    private readonly ConcurrentDictionary<ConversationKey, Conversation> _conversations = new();
    private readonly ConcurrentDictionary<string, byte> _handled = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, OutboxEntry> _outbox = new(StringComparer.Ordinal);

    public Task<TurnStart> LoadTurnAsync(ConversationKey key, string messageId, CancellationToken cancellationToken) =>
        Task.FromResult(_handled.ContainsKey($"{key.Platform}:{messageId}")
            ? new TurnStart(true, null)
            : new TurnStart(false, _conversations.GetValueOrDefault(key)));

    public Task<TurnSaveResult> SaveTurnAsync(StoredTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Conversation is { } conversation)
        {
            _conversations[conversation.Key] = conversation;
        }

        _handled[$"{turn.Platform}:{turn.MessageId}"] = 0;
        foreach (var entry in turn.Outbox)
        {
            _outbox[entry.Id] = entry;
        }

        return Task.FromResult(TurnSaveResult.Saved);
    }

    public Task ForgetAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        _conversations.TryRemove(key, out _);
        foreach (var entry in _outbox.Values.Where(e => e.Key == key))
        {
            _outbox.TryRemove(entry.Id, out _);
        }

        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<OutboxEntry>> PendingForAsync(ConversationKey key, CancellationToken cancellationToken) =>
        [.. (await PendingAsync(key.Platform, cancellationToken)).Where(e => e.Key == key)];

    public Task<IReadOnlyList<OutboxEntry>> PendingAsync(Platform platform, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OutboxEntry>>(
            [.. _outbox.Values.Where(e => e.Key.Platform == platform).OrderBy(e => e.CreatedAt).ThenBy(e => e.Id, StringComparer.Ordinal)]);

    public Task MarkDeliveredAsync(IReadOnlyCollection<string> outboxEntryIds, CancellationToken cancellationToken)
    {
        foreach (var id in outboxEntryIds)
        {
            _outbox.TryRemove(id, out _);
        }

        return Task.CompletedTask;
    }
}
