using CareerBot.Storage.LiteDb.Conversations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.LiteDb.Retention;

/// <summary>Runs the <see cref="IdleConversationSweeper"/> at start-up and then every <see cref="ConversationStoreOptions.RetentionSweepInterval"/>.</summary>
internal sealed class ConversationRetentionService(
    IdleConversationSweeper sweeper,
    IOptions<ConversationStoreOptions> options,
    TimeProvider timeProvider,
    ILogger<ConversationRetentionService> logger) : BackgroundService
{
    private int _completedSweeps;

    /// <summary>Sweeps run so far (succeeded or failed); lets tests wait for one without sleeping on the clock.</summary>
    internal int CompletedSweeps => Volatile.Read(ref _completedSweeps);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Created before the first await so the interval counts from start-up.
        using var timer = new PeriodicTimer(options.Value.RetentionSweepInterval, timeProvider);

        // Off the start-up path: the first sweep of a large file must not hold up the host.
        await Task.Yield();
        try
        {
            do
            {
                SweepOnce(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal shutdown.
        }
    }

    private void SweepOnce(CancellationToken stoppingToken)
    {
        try
        {
            sweeper.Sweep(stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // Nothing is lost: what was not deleted now is deleted by the next sweep.
            Log.RetentionSweepFailed(logger, ex);
        }
        finally
        {
            Interlocked.Increment(ref _completedSweeps);
        }
    }
}
