namespace CareerBot.Telegram.Sending;

/// <summary>What became of one reply.</summary>
internal enum DeliveryOutcome
{
    /// <summary>Reached Telegram: confirm it.</summary>
    Delivered,

    /// <summary>Can never be delivered (blocked, chat gone, rejected): confirm it so it is not retried forever.</summary>
    Dropped,

    /// <summary>Not now (rate limit, outage): leave it pending for the next redelivery round.</summary>
    Deferred,
}
