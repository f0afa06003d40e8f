using CareerBot.Telegram.Sending;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Telegram.Polling;

/// <summary>
/// The Telegram adapter's inbound loop in polling mode: once this process holds the poller lease, poll a batch, store its
/// turns (chats in parallel, each in order), move the offset, poll again; when the lease is lost, wait for it again.
/// It never waits for a reply to be sent: the turns hand their replies to the one delivery path.
/// </summary>
internal sealed class TelegramPollingService(
    TelegramStartup startup,
    PollerLease lease,
    UpdateSource source,
    UpdateTurns turns,
    IOptions<TelegramOptions> options,
    TimeProvider timeProvider,
    TokenRedactor redactor,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Mode != TelegramMode.Polling)
        {
            return; // webhook mode: Telegram pushes, nobody polls
        }

        // Turns in flight finish after a stop request; the drain token only bounds how long that may take.
        using var drain = new CancellationTokenSource();
        using var onStop = stoppingToken.Register(() => drain.CancelAfter(TimeSpan.FromSeconds(15)));
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await lease.WaitUntilHeldAsync(stoppingToken);
                await PollWhileLeadingAsync(drain.Token, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal shutdown.
        }
        finally
        {
            await lease.ReleaseAsync();
        }

        Log.Stopped(logger);
    }

    private async Task PollWhileLeadingAsync(CancellationToken drainToken, CancellationToken stoppingToken)
    {
        using var leading = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var holding = HoldAsync(leading);
        try
        {
            if (!await TryStartAsync(leading.Token))
            {
                return;
            }

            while (!leading.IsCancellationRequested)
            {
                await PollOnceAsync(drainToken, leading.Token);
            }
        }
        catch (OperationCanceledException) when (leading.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            // The lease was lost: another process polls now; this one waits to take over.
        }
        finally
        {
            await leading.CancelAsync();
            await holding;
        }
    }

    /// <summary>getMe, the webhook out of the way, the menus; false (after a pause) when that failed, e.g. the state store is down.</summary>
    private async Task<bool> TryStartAsync(CancellationToken leadingToken)
    {
        try
        {
            await startup.RunPollingAsync(leadingToken);
            return true;
        }
        catch (Exception ex) when (!leadingToken.IsCancellationRequested)
        {
            Log.LoopFailed(logger, redactor.Scrub(ex));
            await Task.Delay(TimeSpan.FromSeconds(5), timeProvider, leadingToken);
            return false;
        }
    }

    private async Task HoldAsync(CancellationTokenSource leading)
    {
        try
        {
            await lease.HoldAsync(leading.Token);
        }
        catch (OperationCanceledException) when (leading.IsCancellationRequested)
        {
            return;
        }

        await leading.CancelAsync(); // lost: stop polling
    }

    private async Task PollOnceAsync(CancellationToken drainToken, CancellationToken stoppingToken)
    {
        try
        {
            var batch = await source.NextAsync(stoppingToken);
            if (batch.HighestId is not { } highest)
            {
                if (batch.Updates.Length > 0)
                {
                    // Nothing to move the offset past (Telegram always sends update_id): wait instead of polling in a tight loop.
                    Log.BatchWithoutIds(logger, batch.Updates.Length);
                    await Task.Delay(TimeSpan.FromSeconds(2), timeProvider, stoppingToken);
                }

                return;
            }

            var failedAt = batch.Updates.Length == 0 ? null : await turns.RunAsync(batch.Updates, drainToken);
            await source.CommitAsync(failedAt ?? (highest + 1), drainToken);
            if (failedAt is not null)
            {
                await Task.Delay(TimeSpan.FromSeconds(2), timeProvider, stoppingToken);
            }
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // E.g. the state store failed while saving the offset: the batch is polled again and deduplicated.
            Log.LoopFailed(logger, redactor.Scrub(ex));
            await Task.Delay(TimeSpan.FromSeconds(5), timeProvider, stoppingToken);
        }
    }
}
