using CareerBot.Core.Messaging.Delivery;
using Microsoft.Extensions.Hosting;

namespace CareerBot.Dialogue;

/// <summary>
/// Runs the one delivery path with the host: at start (before the adapters, which are registered after it) it queues the
/// replies an earlier run left undelivered; at stop (after the adapters) it lets sends in flight finish and writes the last confirmations.
/// </summary>
internal sealed class OutboxDeliveryService(OutboxDispatcher dispatcher) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => dispatcher.RecoverAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => dispatcher.StopAsync(cancellationToken);
}
