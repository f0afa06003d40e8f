namespace CareerBot.Core.Messaging.Delivery;

/// <summary>One attempt's result, the same for every platform: delivered, retry after a wait, or undeliverable with a reason.</summary>
public sealed record DeliveryOutcome
{
    private DeliveryOutcome(DeliveryStatus status, TimeSpan retryAfter, string? reason)
    {
        Status = status;
        RetryAfter = retryAfter;
        Reason = reason;
    }

    public DeliveryStatus Status { get; }

    /// <summary>How long to wait before the next attempt (only for <see cref="DeliveryStatus.RetryLater"/>).</summary>
    public TimeSpan RetryAfter { get; }

    /// <summary>Why a reply was not delivered (for the log; never the reply's text).</summary>
    public string? Reason { get; }

    public static DeliveryOutcome Delivered { get; } = new(DeliveryStatus.Delivered, TimeSpan.Zero, null);

    public static DeliveryOutcome Retry(TimeSpan after, string reason) =>
        new(DeliveryStatus.RetryLater, after < TimeSpan.Zero ? TimeSpan.Zero : after, reason);

    public static DeliveryOutcome Undeliverable(string reason) => new(DeliveryStatus.Undeliverable, TimeSpan.Zero, reason);

    public override string ToString() => Status switch
    {
        DeliveryStatus.Delivered => "delivered",
        DeliveryStatus.RetryLater => $"retry after {RetryAfter.TotalSeconds:0.#} s ({Reason})",
        _ => $"undeliverable ({Reason})",
    };
}
