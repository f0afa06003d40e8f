using CareerBot.Core.Messaging;

namespace CareerBot.Core.Conversations;

/// <summary>Durable conversations, the set of handled platform events, and the reply outbox.</summary>
public interface IConversationStore
{
    Task<Conversation?> FindAsync(ConversationKey key, CancellationToken cancellationToken);

    /// <summary>True when the platform event was already turned into a stored turn.</summary>
    Task<bool> IsHandledAsync(Platform platform, string messageId, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically: stores (or, when null, leaves alone) the conversation, marks the event handled and adds the replies to the outbox.
    /// </summary>
    Task SaveTurnAsync(StoredTurn turn, CancellationToken cancellationToken);

    /// <summary>Deletes every record of the person (conversation, outbox, handled markers keyed to them) so that no trace stays in the file.</summary>
    Task ForgetAsync(ConversationKey key, CancellationToken cancellationToken);

    /// <summary>Replies recorded but not yet confirmed as delivered, oldest first.</summary>
    Task<IReadOnlyList<OutboxEntry>> PendingAsync(Platform platform, CancellationToken cancellationToken);

    Task MarkDeliveredAsync(string outboxEntryId, CancellationToken cancellationToken);
}
