using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;

namespace CareerBot.Telegram.Tests.Support;

/// <summary>Passes every call to the inner store and counts it: turn loads and pending lists read; the rest write.</summary>
internal sealed class CountingConversationStore(IConversationStore inner) : IConversationStore
{
    public StoreCallCounts Counts { get; } = new();

    public Task<TurnStart> LoadTurnAsync(ConversationKey key, string messageId, CancellationToken cancellationToken)
    {
        Counts.Count(nameof(LoadTurnAsync), StoreCallKind.Read);
        return inner.LoadTurnAsync(key, messageId, cancellationToken);
    }

    public Task<TurnSaveResult> SaveTurnAsync(StoredTurn turn, CancellationToken cancellationToken)
    {
        Counts.Count(nameof(SaveTurnAsync), StoreCallKind.Write);
        return inner.SaveTurnAsync(turn, cancellationToken);
    }

    public Task ForgetAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        Counts.Count(nameof(ForgetAsync), StoreCallKind.Write);
        return inner.ForgetAsync(key, cancellationToken);
    }

    public Task<IReadOnlyList<OutboxEntry>> PendingForAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        Counts.Count(nameof(PendingForAsync), StoreCallKind.Read);
        return inner.PendingForAsync(key, cancellationToken);
    }

    public Task<IReadOnlyList<OutboxEntry>> PendingAsync(Platform platform, CancellationToken cancellationToken)
    {
        Counts.Count(nameof(PendingAsync), StoreCallKind.Read);
        return inner.PendingAsync(platform, cancellationToken);
    }

    public Task MarkDeliveredAsync(IReadOnlyCollection<string> outboxEntryIds, CancellationToken cancellationToken)
    {
        Counts.Count(nameof(MarkDeliveredAsync), StoreCallKind.Write);
        return inner.MarkDeliveredAsync(outboxEntryIds, cancellationToken);
    }
}
