using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.Dialogue;

/// <summary>
/// Runs the one delivery path with the host: at start (before the adapters, which are registered after it) it queues the
/// replies an earlier run left undelivered; at stop (after the adapters) it lets sends in flight finish and writes the last confirmations.
/// When several processes share the store it also sweeps every few seconds for replies nobody is sending (a killed process's).
/// </summary>
internal sealed partial class OutboxDeliveryService(OutboxDispatcher dispatcher, ILeaseStore leases, TimeProvider time, ILogger<OutboxDeliveryService> logger) : IHostedService, IDisposable
{
    /// <summary>How often the shared outbox is swept, and how old a reply must be before a sweep takes it.</summary>
    internal static readonly TimeSpan SweepEvery = TimeSpan.FromSeconds(5);
    internal static readonly TimeSpan SweepOlderThan = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _stopping = new();
    private Task _sweeping = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await dispatcher.RecoverAsync(cancellationToken);
        if (leases.SpansProcesses)
        {
            _sweeping = Task.Run(SweepLoopAsync, CancellationToken.None);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _sweeping;
        await dispatcher.StopAsync(cancellationToken);
    }

    public void Dispose() => _stopping.Dispose();

    private async Task SweepLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(SweepEvery, time, _stopping.Token);
                await dispatcher.SweepAsync(SweepOlderThan, _stopping.Token);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogSweepFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Sweeping the shared outbox failed; trying again shortly")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
