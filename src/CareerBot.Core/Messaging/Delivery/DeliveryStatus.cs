namespace CareerBot.Core.Messaging.Delivery;

/// <summary>What became of one attempt to deliver a reply.</summary>
public enum DeliveryStatus
{
    /// <summary>The platform has it.</summary>
    Delivered,

    /// <summary>Not now (rate limit, outage, no answer): try again after <see cref="DeliveryOutcome.RetryAfter"/>, in order.</summary>
    RetryLater,

    /// <summary>Can never be delivered (blocked, chat gone, refused): settled so it is not tried forever.</summary>
    Undeliverable,
}
