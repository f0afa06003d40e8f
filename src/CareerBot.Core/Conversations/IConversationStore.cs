using CareerBot.Core.Messaging;

namespace CareerBot.Core.Conversations;

/// <summary>
/// Durable conversations, the set of handled platform events, and the reply outbox. A turn is one read
/// (<see cref="LoadTurnAsync"/>) and one write (<see cref="SaveTurnAsync"/>); confirmations come in batches.
/// </summary>
public interface IConversationStore
{
    /// <summary>In one read: whether the platform event was already turned into a stored turn, and the person's conversation.</summary>
    Task<TurnStart> LoadTurnAsync(ConversationKey key, string messageId, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically: stores (or, when null, leaves alone) the conversation, marks the event handled and adds the replies to the outbox.
    /// Writes nothing when the event was handled already or the conversation's version moved on since it was read.
    /// </summary>
    Task<TurnSaveResult> SaveTurnAsync(StoredTurn turn, CancellationToken cancellationToken);

    /// <summary>Deletes every record of the person (conversation, outbox, handled markers keyed to them) so that no trace stays in the file.</summary>
    Task ForgetAsync(ConversationKey key, CancellationToken cancellationToken);

    /// <summary>Replies recorded but not yet confirmed as delivered, oldest first.</summary>
    Task<IReadOnlyList<OutboxEntry>> PendingAsync(Platform platform, CancellationToken cancellationToken);

    /// <summary>One conversation's replies recorded but not yet confirmed as delivered, in the order they were stored.</summary>
    Task<IReadOnlyList<OutboxEntry>> PendingForAsync(ConversationKey key, CancellationToken cancellationToken);

    /// <summary>Removes delivered (or undeliverable) replies from the outbox, in one write.</summary>
    Task MarkDeliveredAsync(IReadOnlyCollection<string> outboxEntryIds, CancellationToken cancellationToken);
}
