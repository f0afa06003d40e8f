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
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: the first sweep of a large file must not hold up the host.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
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

            try
            {
                await Task.Delay(options.Value.RetentionSweepInterval, timeProvider, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
