using CareerBot.Core.Discussions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Discussions;

/// <summary>
/// Posts the weekly discussion prompts: a pass over all channels whenever something is due, a moderator asks,
/// or at the latest every <see cref="PromptsOptions.MaxSleep"/>.
/// </summary>
internal sealed class WeeklyPromptScheduler(
    WeeklyPrompts prompts,
    PromptCatalog catalog,
    IDiscussionStore store,
    TimeProvider time,
    IOptions<PromptsOptions> options,
    ILogger<WeeklyPromptScheduler> logger) : BackgroundService
{
    private static readonly TimeSpan FailureDelay = TimeSpan.FromSeconds(30);

    /// <summary>When the last pass finished (null before the first); for health checks.</summary>
    public DateTimeOffset? LastRunAt { get; private set; }

    /// <summary>One pass: post what is due and log what happened. Returns how long to wait before the next pass.</summary>
    public async Task<TimeSpan> RunOnceAsync(CancellationToken cancellationToken)
    {
        var run = await prompts.RunDueAsync(cancellationToken);
        foreach (var happened in run.Events)
        {
            Report(happened);
        }

        var now = time.GetUtcNow();
        LastRunAt = now;
        var maxSleep = options.Value.MaxSleep;
        return run.NextDue - now < maxSleep ? run.NextDue - now : maxSleep;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Log.PromptSchedulerStarted(logger, catalog.All.Count, (await store.ListAsync(stoppingToken)).Count);
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                wait = await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                Log.PromptSchedulerFailed(logger, ex);
                wait = FailureDelay;
            }

            try
            {
                await prompts.Signal.WaitAsync(wait, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private void Report(DueEvent happened)
    {
        switch (happened.Kind)
        {
            case DueEventKind.Posted:
                Log.PromptPosted(logger, happened.Channel, happened.PromptId, happened.Slot);
                break;
            case DueEventKind.RetryLater:
                Log.PromptDeferred(logger, happened.Channel);
                break;
            case DueEventKind.CannotPost:
                Log.PromptChannelGone(logger, happened.Channel);
                break;
            case DueEventKind.Missed:
                Log.PromptSlotMissed(logger, happened.Channel, happened.Slot, happened.Missed);
                break;
            case DueEventKind.Skipped:
                Log.PromptSlotSkipped(logger, happened.Channel, happened.Slot);
                break;
            default:
                Log.PromptNoPoster(logger, happened.Channel);
                break;
        }
    }
}
