using CareerBot.Core.Messaging;

namespace CareerBot.Core.Conversations;

/// <summary>
/// What a stored turn gives back: its replies (already handed to the dispatcher) and a task that completes once they are
/// settled. Adapters need neither; a console prints in step with the person by waiting for <see cref="Delivered"/>.
/// </summary>
public sealed record TurnReceipt(IReadOnlyList<OutboxEntry> Replies, Task Delivered)
{
    /// <summary>The event was handled before: nothing new to send (its undelivered replies are the dispatcher's already).</summary>
    public static TurnReceipt Repeated { get; } = new([], Task.CompletedTask);
}
