using System.Threading.Channels;
using CareerBot.Core.Conversations;
using Microsoft.Extensions.Logging;

namespace CareerBot.Core.Messaging.Delivery;

/// <summary>
/// The one delivery path for every platform. Each conversation's replies go out strictly in order through its platform's
/// <see cref="IReplySender"/>; conversations are independent, so one slow or rate-limited chat never holds up another.
/// A reply that must wait (429, outage) waits in memory, holding back only the replies after it in the same conversation.
/// Delivered and undeliverable replies are removed from the stored outbox in batches: whatever settled while the
/// previous batch was written goes in the next one, so an idle bot writes at once and a busy one writes far less often.
/// Replies left stored by an earlier run are picked up once at start (<see cref="RecoverAsync"/>).
/// When several processes share the store (<see cref="ILeaseStore.SpansProcesses"/>), a conversation's replies are sent
/// by whichever process holds its lease, read from the store in order; see <see cref="DrainSharedAsync"/>.
/// </summary>
public sealed partial class OutboxDispatcher : IAsyncDisposable
{
    private const int MaxBatch = 512;
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(60);

    private readonly Dictionary<Platform, IReplySender> _senders;
    private readonly IConversationStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxDispatcher> _logger;
    private readonly Lock _gate = new();
    private readonly Dictionary<ConversationKey, Lane> _lanes = [];
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _sending;
    private readonly Channel<Item> _settled = Channel.CreateUnbounded<Item>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _abort = new();
    private readonly Task _confirming;
    private readonly ILeaseStore? _leases;
    private readonly string _owner;
    private readonly Dictionary<ConversationKey, SharedLane> _sharedLanes = [];

    public OutboxDispatcher(
        IEnumerable<IReplySender> senders,
        IConversationStore store,
        TimeProvider time,
        ILogger<OutboxDispatcher> logger,
        int maxConcurrentSends = 64,
        ILeaseStore? leases = null,
        ProcessIdentity? identity = null)
    {
        ArgumentNullException.ThrowIfNull(senders);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrentSends, 1);
        _senders = senders.ToDictionary(s => s.Platform);
        _store = store;
        _time = time;
        _logger = logger;
        _sending = new SemaphoreSlim(maxConcurrentSends, maxConcurrentSends);
        _leases = leases is { SpansProcesses: true } ? leases : null;
        _owner = (identity ?? new ProcessIdentity()).Id;
        _confirming = Task.Run(ConfirmLoopAsync);
    }

    /// <summary>How long a process may hold a conversation's sending lease without renewing it; a killed process's conversations wait this long.</summary>
    public static TimeSpan LeaseDuration { get; } = TimeSpan.FromSeconds(30);

    /// <summary>How many replies are waiting or being sent (for health and tests).</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _lanes.Values.Sum(lane => lane.Items.Count);
            }
        }
    }

    /// <summary>
    /// Hands over a stored turn's replies. The task completes once each is settled (delivered or undeliverable, and
    /// removed from the store), or when the dispatcher stops; nobody needs to wait for it but a console.
    /// A reply already handed over (same id) is not queued twice.
    /// </summary>
    public Task Dispatch(IEnumerable<OutboxEntry> entries) =>
        _leases is null ? Enqueue(entries, stored: true) : Trigger(entries.Select(e => e.Key));

    /// <summary>Replies that were never stored (the /forget confirmation, an adapter's own hint): sent in order, nothing to confirm.</summary>
    public Task DispatchUnstored(IEnumerable<OutboxEntry> entries) => Enqueue(entries, stored: false);

    /// <summary>Queues every stored reply of the enabled platforms that an earlier run left undelivered. Call once, before turns arrive.</summary>
    public async Task RecoverAsync(CancellationToken cancellationToken)
    {
        foreach (var sender in _senders.Values.Where(s => s.IsEnabled))
        {
            var pending = await _store.PendingAsync(sender.Platform, cancellationToken);
            if (pending.Count > 0)
            {
                LogRecovered(_logger, pending.Count, sender.Platform);
                _ = Dispatch(pending);
            }
        }
    }

    /// <summary>
    /// With a shared store: looks for stored replies older than <paramref name="olderThan"/> that nobody is sending
    /// (their process was killed, or it gave the conversation up) and sends them. Call every few seconds.
    /// </summary>
    public async Task SweepAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        if (_leases is null)
        {
            return;
        }

        var cutoff = _time.GetUtcNow() - olderThan;
        foreach (var sender in _senders.Values.Where(s => s.IsEnabled))
        {
            var pending = await _store.PendingAsync(sender.Platform, cancellationToken);
            _ = Trigger(pending.Where(e => e.CreatedAt <= cutoff).Select(e => e.Key));
        }
    }

    /// <summary>Stops taking new sends, lets the ones in flight finish until <paramref name="cancellationToken"/> fires, and writes the last confirmations.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        Task[] lanes;
        lock (_gate)
        {
            lanes = [.. _lanes.Values.Select(l => l.Runner), .. _sharedLanes.Values.Select(l => l.Runner)];
        }

        using (cancellationToken.Register(() => _abort.Cancel()))
        {
            await Task.WhenAll(lanes);
        }

        _settled.Writer.TryComplete();
        await _confirming;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stopping.IsCancellationRequested)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await StopAsync(timeout.Token);
        }

        _stopping.Dispose();
        _abort.Dispose();
        _sending.Dispose();
    }

    private Task Enqueue(IEnumerable<OutboxEntry> entries, bool stored)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var settled = new List<Task>();
        lock (_gate)
        {
            foreach (var entry in entries)
            {
                if (_stopping.IsCancellationRequested || !_senders.TryGetValue(entry.Key.Platform, out var sender) || !sender.IsEnabled)
                {
                    continue; // stays stored for a run that can send it
                }

                if (stored && !_known.Add(entry.Id))
                {
                    continue;
                }

                var item = new Item(entry, sender, stored);
                if (!_lanes.TryGetValue(entry.Key, out var lane))
                {
                    lane = new Lane(entry.Key);
                    _lanes[entry.Key] = lane;
                }

                lane.Items.Enqueue(item);
                settled.Add(item.Settled.Task);
                if (!lane.Running)
                {
                    lane.Running = true;
                    lane.Runner = Task.Run(() => DrainAsync(lane));
                }
            }
        }

        return Task.WhenAll(settled);
    }

    private async Task DrainAsync(Lane lane)
    {
        while (true)
        {
            Item item;
            lock (_gate)
            {
                if (lane.Items.Count == 0 || _stopping.IsCancellationRequested)
                {
                    Abandon(lane);
                    return;
                }

                item = lane.Items.Peek();
            }

            if (await SendUntilSettledAsync(item, renew: null) is null)
            {
                continue; // stopping: the next round abandons the lane
            }

            lock (_gate)
            {
                lane.Items.Dequeue();
            }

            Settle(item);
        }
    }

    /// <summary>Sends one reply, waiting and trying again while the platform says so. Null when stopping (or the lease was lost).</summary>
    private async Task<DeliveryOutcome?> SendUntilSettledAsync(Item item, Func<Task<bool>>? renew)
    {
        var attempts = 0;
        while (true)
        {
            if (renew is not null && !await renew())
            {
                return null;
            }

            var outcome = await SendAsync(item);
            if (outcome is null)
            {
                return null;
            }

            if (outcome.Status != DeliveryStatus.RetryLater)
            {
                if (outcome.Status == DeliveryStatus.Undeliverable)
                {
                    LogUndeliverable(_logger, item.Entry.Id, outcome.Reason ?? "-");
                }

                return outcome;
            }

            attempts++;
            var wait = outcome.RetryAfter > Backoff(attempts) ? outcome.RetryAfter : Backoff(attempts);
            LogRetrying(_logger, item.Entry.Id, wait.TotalSeconds, outcome.Reason ?? "-");
            try
            {
                await Task.Delay(wait, _time, _stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }
    }

    private void Settle(Item item)
    {
        if (item.Stored)
        {
            _settled.Writer.TryWrite(item);
        }
        else
        {
            item.Settled.TrySetResult();
        }
    }

    // Shared store: the conversations whose stored replies should be looked at; one runner per conversation in this process.
    private Task Trigger(IEnumerable<ConversationKey> keys)
    {
        var runners = new List<Task>();
        lock (_gate)
        {
            foreach (var key in keys.Distinct())
            {
                if (_stopping.IsCancellationRequested || !_senders.TryGetValue(key.Platform, out var sender) || !sender.IsEnabled)
                {
                    continue;
                }

                if (_sharedLanes.TryGetValue(key, out var lane))
                {
                    lane.Again = true; // the runner reads the store once more before it lets go
                }
                else
                {
                    lane = new SharedLane(key, sender);
                    _sharedLanes[key] = lane;
                    lane.Runner = Task.Run(() => DrainSharedAsync(lane));
                }

                runners.Add(lane.Runner);
            }
        }

        return Task.WhenAll(runners);
    }

    /// <summary>
    /// Sends one conversation's stored replies while holding its lease, so only one process sends them and in order.
    /// The store is the truth: the replies are read under the lease (another process may have stored some), each is
    /// confirmed before the lease goes, and after releasing the store is read once more: a reply stored by a process
    /// that found the lease taken is sent by us (or by it, if it got the lease meanwhile). Without the lease, nothing
    /// is sent: the holder finds our replies when it lets go, or, if it died, a sweep does once its lease ran out.
    /// </summary>
    private async Task DrainSharedAsync(SharedLane lane)
    {
        var name = $"outbox:{lane.Key}";
        var drained = false;
        try
        {
            while (!_stopping.IsCancellationRequested)
            {
                lock (_gate)
                {
                    lane.Again = false;
                }

                if (!await _leases!.TryAcquireAsync(name, _owner, LeaseDuration, _stopping.Token))
                {
                    return;
                }

                var renewedAt = _time.GetTimestamp();
                async Task<bool> RenewAsync()
                {
                    if (_time.GetElapsedTime(renewedAt) < LeaseDuration / 3)
                    {
                        return true;
                    }

                    renewedAt = _time.GetTimestamp();
                    return await _leases.TryAcquireAsync(name, _owner, LeaseDuration, _stopping.Token);
                }

                var complete = true;
                foreach (var entry in await _store.PendingForAsync(lane.Key, _stopping.Token))
                {
                    var item = new Item(entry, lane.Sender, Stored: true);
                    if (await SendUntilSettledAsync(item, RenewAsync) is null)
                    {
                        complete = false;
                        break;
                    }

                    Settle(item);
                    await item.Settled.Task; // confirmed in the store before the next reply, and before the lease goes
                }

                await _leases.ReleaseAsync(name, _owner, CancellationToken.None);
                if (!complete)
                {
                    return;
                }

                bool again;
                lock (_gate)
                {
                    again = lane.Again;
                }

                if (!again && (await _store.PendingForAsync(lane.Key, _stopping.Token)).Count == 0)
                {
                    drained = true;
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // The replies stay stored; the next turn or sweep picks the conversation up again.
            LogSharedLaneFailed(_logger, lane.Key.Platform, ex);
        }
        finally
        {
            lock (_gate)
            {
                if (drained && lane.Again && !_stopping.IsCancellationRequested)
                {
                    // A turn was stored after our last read: look again rather than leave it to a sweep.
                    lane.Runner = Task.Run(() => DrainSharedAsync(lane));
                }
                else
                {
                    _sharedLanes.Remove(lane.Key);
                }
            }
        }
    }

    /// <summary>Null when the dispatcher stopped before the reply could go.</summary>
    private async Task<DeliveryOutcome?> SendAsync(Item item)
    {
        try
        {
            await _sending.WaitAsync(_stopping.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }

        try
        {
            return await item.Sender.SendAsync(item.Entry, _abort.Token);
        }
        catch (Exception ex) when (!_abort.IsCancellationRequested)
        {
            // A sender should say what happened, not throw; if it does, the reply is tried again rather than lost.
            LogSenderFailed(_logger, item.Entry.Id, ex);
            return DeliveryOutcome.Retry(TimeSpan.FromSeconds(5), ex.GetType().Name);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        finally
        {
            _sending.Release();
        }
    }

    // Called under the gate: the lane is done (empty) or the dispatcher stops; stored replies left in it stay in the store.
    private void Abandon(Lane lane)
    {
        foreach (var item in lane.Items)
        {
            _known.Remove(item.Entry.Id);
            item.Settled.TrySetResult();
        }

        lane.Items.Clear();
        lane.Running = false;
        _lanes.Remove(lane.Key);
    }

    private async Task ConfirmLoopAsync()
    {
        var batch = new List<Item>(MaxBatch);
        while (await _settled.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxBatch && _settled.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            await ConfirmAsync([.. batch.Select(i => i.Entry.Id)]);
            lock (_gate)
            {
                foreach (var item in batch)
                {
                    _known.Remove(item.Entry.Id);
                }
            }

            foreach (var item in batch)
            {
                item.Settled.TrySetResult();
            }

            batch.Clear();
        }
    }

    private async Task ConfirmAsync(IReadOnlyCollection<string> ids)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _store.MarkDeliveredAsync(ids, CancellationToken.None);
                return;
            }
            catch (Exception ex) when (attempt < 3)
            {
                LogConfirmRetry(_logger, ids.Count, ex);
                await Task.Delay(TimeSpan.FromSeconds(attempt), _time, CancellationToken.None);
            }
            catch (Exception ex)
            {
                // Sent but still stored: a later run would send these again. Loud, because that is a duplicate for someone.
                LogConfirmFailed(_logger, ids.Count, ex);
                return;
            }
        }
    }

    private static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(attempts, 10) - 1)));

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Delivering {Count} stored replies for {Platform} left by an earlier run")]
    private static partial void LogRecovered(ILogger logger, int count, Platform platform);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Debug, Message = "Reply {EntryId} waits {Seconds:0.#} s before the next try ({Reason})")]
    private static partial void LogRetrying(ILogger logger, string entryId, double seconds, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Reply {EntryId} cannot be delivered: {Reason}")]
    private static partial void LogUndeliverable(ILogger logger, string entryId, string reason);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Error, Message = "Sending reply {EntryId} failed unexpectedly; it will be tried again")]
    private static partial void LogSenderFailed(ILogger logger, string entryId, Exception exception);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Confirming {Count} delivered replies failed; trying again")]
    private static partial void LogConfirmRetry(ILogger logger, int count, Exception exception);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Error, Message = "Confirming {Count} delivered replies failed for good: a later run may send them again")]
    private static partial void LogConfirmFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Warning, Message = "Sending a {Platform} conversation's stored replies stopped; a later turn or sweep tries again")]
    private static partial void LogSharedLaneFailed(ILogger logger, Platform platform, Exception exception);

    private sealed record Item(OutboxEntry Entry, IReplySender Sender, bool Stored)
    {
        public TaskCompletionSource Settled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class Lane(ConversationKey key)
    {
        public ConversationKey Key { get; } = key;

        public Queue<Item> Items { get; } = new();

        public bool Running { get; set; }

        public Task Runner { get; set; } = Task.CompletedTask;
    }

    private sealed class SharedLane(ConversationKey key, IReplySender sender)
    {
        public ConversationKey Key { get; } = key;

        public IReplySender Sender { get; } = sender;

        public bool Again { get; set; }

        public Task Runner { get; set; } = Task.CompletedTask;
    }
}
