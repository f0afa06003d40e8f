using CareerBot.Core.Messaging;

namespace CareerBot.Core.Conversations;

/// <summary>
/// The adapters' way into the dialogue: handles each platform event exactly once, stores it with its replies, and hands
/// the replies to the one delivery path. Turns of one conversation run strictly in order; different conversations run concurrently.
/// </summary>
public interface ITurnProcessor
{
    /// <summary>
    /// Runs the turn and stores it with its replies (outbox) before they are dispatched. A message that was handled
    /// before yields no replies.
    /// </summary>
    Task<TurnReceipt> HandleAsync(IncomingMessage message, CancellationToken cancellationToken);
}
