using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;

namespace CareerBot.Core.Telemetry;

/// <summary>Counts what became of each reply the sender it wraps was given; the sending itself is unchanged.</summary>
public sealed class MeteredReplySender(IReplySender inner, BotMetrics metrics) : IReplySender
{
    public Platform Platform => inner.Platform;

    public bool IsEnabled => inner.IsEnabled;

    public async Task<DeliveryOutcome> SendAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        var outcome = await inner.SendAsync(entry, cancellationToken);
        metrics.ReplySettled(inner.Platform, outcome.Status);
        return outcome;
    }
}
