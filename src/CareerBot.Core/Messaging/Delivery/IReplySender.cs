namespace CareerBot.Core.Messaging.Delivery;

/// <summary>
/// A platform's outbound half: turns one stored reply into API calls and says what became of it. It never confirms,
/// retries or orders anything itself; the <see cref="OutboxDispatcher"/> does that for every platform.
/// </summary>
public interface IReplySender
{
    Platform Platform { get; }

    /// <summary>False when the adapter is not configured (no token): its replies stay stored for a run that has it.</summary>
    bool IsEnabled { get; }

    Task<DeliveryOutcome> SendAsync(OutboxEntry entry, CancellationToken cancellationToken);
}
