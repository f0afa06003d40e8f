namespace CareerBot.Discord.Delivery;

/// <summary>What happened to one reply.</summary>
internal enum DeliveryOutcome
{
    Delivered,

    /// <summary>Discord refused it for good (4xx): confirming it keeps the outbox from retrying forever.</summary>
    Refused,

    /// <summary>The person's DMs are closed (50007).</summary>
    CannotDm,

    /// <summary>No answer, 5xx or a long rate limit: leave it in the outbox for the next connect.</summary>
    RetryLater,
}
