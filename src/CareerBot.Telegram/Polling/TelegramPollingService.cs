using System.Collections.Concurrent;
using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Telegram.Health;
using CareerBot.Telegram.Sending;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace CareerBot.Telegram.Polling;

/// <summary>Long-polls getUpdates, runs each batch (chats in parallel), then persists the offset; redelivers pending replies.</summary>
internal sealed class TelegramPollingService(
    ITelegramBotClient bot,
    IServiceScopeFactory scopes,
    UpdateHandler handler,
    ReplyDelivery delivery,
    BotCommandsPublisher commands,
    BotIdentityProvider identity,
    ResiliencePipelineProvider<string> pipelines,
    IOptions<TelegramOptions> options,
    TimeProvider timeProvider,
    TokenRedactor redactor,
    TelegramStatus status,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    private const int MaxAttemptsPerUpdate = 3;
    private static readonly UpdateType[] AllowedUpdates =
        [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    private readonly ResiliencePipeline _poll = pipelines.GetPipeline(TelegramResilience.PollPipeline);
    private readonly ConcurrentDictionary<int, int> _failures = new();
    private readonly TimeSpan _pendingEvery = TimeSpan.FromSeconds(options.Value.PendingRedeliverySeconds);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // In-flight turns finish after a stop request; the drain token only bounds how long that may take.
        using var drain = new CancellationTokenSource();
        using var onStop = stoppingToken.Register(() => drain.CancelAfter(TimeSpan.FromSeconds(15)));
        try
        {
            var me = await _poll.ExecuteAsync(async t => await identity.GetAsync(t), stoppingToken);
            Log.Started(logger, me.Username);
            await _poll.ExecuteAsync(async t => await bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken: t), stoppingToken);
            await WithStateOnlyAsync(state => commands.PublishAsync(state, stoppingToken));

            await DeliverPendingAsync(drain.Token);
            await PollAsync(drain.Token, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal shutdown.
        }

        Log.Stopped(logger);
    }

    private async Task PollAsync(CancellationToken drainToken, CancellationToken stoppingToken)
    {
        var offset = await _poll.ExecuteAsync(async t => await WithStateOnlyAsync(state => state.GetOffsetAsync(t)), stoppingToken);
        var nextPending = timeProvider.GetUtcNow() + _pendingEvery;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                offset = await PollOnceAsync(offset, drainToken, stoppingToken);
                if (timeProvider.GetUtcNow() >= nextPending)
                {
                    await DeliverPendingAsync(drainToken);
                    nextPending = timeProvider.GetUtcNow() + _pendingEvery;
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

    private async Task<int?> PollOnceAsync(int? offset, CancellationToken drainToken, CancellationToken stoppingToken)
    {
        var request = new RawUpdatesRequest
        {
            Offset = offset,
            Limit = options.Value.PollLimit,
            Timeout = options.Value.PollTimeoutSeconds,
            AllowedUpdates = AllowedUpdates,
        };
        var items = await _poll.ExecuteAsync(async t => await bot.SendRequest(request, t), stoppingToken);
        status.Polled(items?.Length ?? 0);
        if (items is not { Length: > 0 })
        {
            return offset;
        }

        var batch = UpdateReader.Read(items, logger);
        if (batch.HighestId is not { } highest)
        {
            // Nothing to move the offset past (Telegram always sends update_id): wait instead of polling in a tight loop.
            Log.BatchWithoutIds(logger, items.Length);
            await Task.Delay(TimeSpan.FromSeconds(2), timeProvider, stoppingToken);
            return offset;
        }

        var failedAt = batch.Updates.Length == 0 ? null : await ProcessBatchAsync(batch.Updates, drainToken);
        var next = failedAt ?? (highest + 1);
        await WithStateOnlyAsync(state => state.SetOffsetAsync(next, drainToken));
        if (failedAt is not null)
        {
            await Task.Delay(TimeSpan.FromSeconds(2), timeProvider, stoppingToken);
        }

        return next;
    }

    /// <summary>Runs a batch; returns the id of the first update to poll again (one that failed), or null.</summary>
    internal async Task<int?> ProcessBatchAsync(Update[] updates, CancellationToken cancellationToken)
    {
        var failed = new ConcurrentBag<int>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(UpdateBatch.ByChat(updates), parallel, async (chatUpdates, token) =>
        {
            foreach (var update in chatUpdates)
            {
                if (!await TryHandleAsync(update, token))
                {
                    failed.Add(update.Id);
                    return; // later updates of this chat wait for it
                }
            }
        });
        return failed.IsEmpty ? null : failed.Min();
    }

    private async Task<bool> TryHandleAsync(Update update, CancellationToken cancellationToken)
    {
        try
        {
            await WithStateAsync((processor, state) => handler.HandleAsync(update, processor, state, cancellationToken));
            _failures.TryRemove(update.Id, out _);
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var attempts = _failures.AddOrUpdate(update.Id, 1, (_, n) => n + 1);
            Log.UpdateFailed(logger, update.Id, attempts, redactor.Scrub(ex));
            if (attempts < MaxAttemptsPerUpdate)
            {
                return false;
            }

            // A poison update must not stop the bot: give up on it after a few tries.
            _failures.TryRemove(update.Id, out _);
            Log.UpdateSkipped(logger, update.Id);
            return true;
        }
    }

    private async Task DeliverPendingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await WithStateAsync(async (processor, state) =>
            {
                var pending = await processor.PendingAsync(Platform.Telegram, cancellationToken);
                if (pending.Count > 0)
                {
                    Log.DeliveringPending(logger, pending.Count);
                    await delivery.DeliverAsync(pending, processor, state, cancellationToken);
                }
            });
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            Log.PendingFailed(logger, redactor.Scrub(ex));
        }
    }

    private async Task WithStateAsync(Func<ITurnProcessor, TelegramChatState, Task> action)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await action(services.GetRequiredService<ITurnProcessor>(), new TelegramChatState(services.GetRequiredService<IPlatformStateStore>()));
    }

    private async Task<T> WithStateOnlyAsync<T>(Func<TelegramChatState, Task<T>> action)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await action(new TelegramChatState(scope.ServiceProvider.GetRequiredService<IPlatformStateStore>()));
    }

    private async Task WithStateOnlyAsync(Func<TelegramChatState, Task> action)
    {
        await using var scope = scopes.CreateAsyncScope();
        await action(new TelegramChatState(scope.ServiceProvider.GetRequiredService<IPlatformStateStore>()));
    }
}
