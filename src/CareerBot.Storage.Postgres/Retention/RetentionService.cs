using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.Postgres.Retention;

/// <summary>
/// Runs the idle-conversation sweep at start-up and every <see cref="RetentionOptions.RetentionSweepInterval"/>, and prunes
/// the handled-event markers every <see cref="RetentionOptions.PruneInterval"/>. Every process runs it; each piece of work
/// is done by one process at a time (advisory try-locks), so N processes cost no more than one.
/// </summary>
internal sealed class RetentionService(
    IdleConversationSweeper sweeper,
    HandledMarkerPruner pruner,
    IOptions<RetentionOptions> options,
    TimeProvider timeProvider,
    ILogger<RetentionService> logger) : BackgroundService
{
    private int _completedSweeps;
    private int _completedPrunes;

    /// <summary>Sweeps run so far (succeeded or failed); lets tests wait for one without sleeping on the clock.</summary>
    internal int CompletedSweeps => Volatile.Read(ref _completedSweeps);

    internal int CompletedPrunes => Volatile.Read(ref _completedPrunes);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Created before the first await so the intervals count from start-up.
        using var sweepTimer = new PeriodicTimer(options.Value.RetentionSweepInterval, timeProvider);
        using var pruneTimer = new PeriodicTimer(options.Value.PruneInterval, timeProvider);

        // Off the start-up path: the first sweep of a large table must not hold up the host.
        await Task.Yield();
        await Task.WhenAll(
            RunAsync(sweepTimer, "sweep", async ct => await sweeper.SweepAsync(ct), immediately: true, () => Interlocked.Increment(ref _completedSweeps), stoppingToken),
            RunAsync(pruneTimer, "prune", ct => pruner.PruneAsync(timeProvider.GetUtcNow(), ct), immediately: false, () => Interlocked.Increment(ref _completedPrunes), stoppingToken));
    }

    private async Task RunAsync(PeriodicTimer timer, string work, Func<CancellationToken, Task> once, bool immediately, Action completed, CancellationToken stoppingToken)
    {
        try
        {
            if (!immediately && !await timer.WaitForNextTickAsync(stoppingToken))
            {
                return;
            }

            do
            {
                try
                {
                    await once(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // Nothing is lost: what was not deleted now is deleted next time.
                    Log.RetentionFailed(logger, work, ex);
                }
                finally
                {
                    completed();
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal shutdown.
        }
    }
}
