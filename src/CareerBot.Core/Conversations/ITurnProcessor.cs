using CareerBot.Core.Messaging;

namespace CareerBot.Core.Conversations;

/// <summary>
/// The adapters' way into the dialogue: handles each platform event exactly once and hands back the replies to deliver.
/// Turns of one conversation run strictly in order; different conversations run concurrently.
/// </summary>
public interface ITurnProcessor
{
    /// <summary>
    /// Runs the turn, stores it with its replies (outbox) and returns those replies to send now.
    /// A message that was handled before yields no replies (its undelivered ones come from <see cref="PendingAsync"/>).
    /// </summary>
    Task<IReadOnlyList<OutboxEntry>> HandleAsync(IncomingMessage message, CancellationToken cancellationToken);

    /// <summary>Replies stored but not confirmed as delivered (after a crash or failed send), oldest first.</summary>
    Task<IReadOnlyList<OutboxEntry>> PendingAsync(Platform platform, CancellationToken cancellationToken);

    /// <summary>Call once a reply reached the platform.</summary>
    Task ConfirmDeliveredAsync(OutboxEntry entry, CancellationToken cancellationToken);
}
