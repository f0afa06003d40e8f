using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;

namespace CareerBot.Core.Telemetry;

/// <summary>Counts and times the turns of the processor it wraps; the turn itself is unchanged.</summary>
public sealed class MeteredTurnProcessor(ITurnProcessor inner, BotMetrics metrics, TimeProvider time) : ITurnProcessor
{
    public async Task<TurnReceipt> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var started = time.GetTimestamp();
        TurnReceipt receipt;
        try
        {
            receipt = await inner.HandleAsync(message, cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            metrics.TurnHandled(message.Key.Platform, TurnOutcome.Failed, time.GetElapsedTime(started));
            throw;
        }

        var outcome = ReferenceEquals(receipt, TurnReceipt.Repeated) ? TurnOutcome.Repeated : TurnOutcome.Stored;
        metrics.TurnHandled(message.Key.Platform, outcome, time.GetElapsedTime(started));
        return receipt;
    }
}
