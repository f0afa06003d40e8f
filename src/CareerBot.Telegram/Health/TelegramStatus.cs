using CareerBot.Core.Telemetry;

namespace CareerBot.Telegram.Health;

/// <summary>
/// What the adapter last achieved (polls, a standby poller's lease checks, the webhook set and the updates pushed to it),
/// read by <see cref="TelegramHealthCheck"/> and the poll and webhook age gauges. Thread-safe.
/// </summary>
internal sealed class TelegramStatus
{
    private readonly TimeProvider _timeProvider;
    private long _lastPollTicks = -1;
    private long _lastUpdateTicks = -1;
    private long _standbyTicks = -1;
    private long _webhookSetTicks = -1;
    private long _lastWebhookTicks = -1;

    public TelegramStatus(TimeProvider timeProvider, BotMetrics? metrics = null)
    {
        _timeProvider = timeProvider;
        CreatedAt = _timeProvider.GetUtcNow();
        metrics?.ObserveTelegramPollAge(() => IsStandby ? null : Age(LastPoll));
        metrics?.ObserveTelegramWebhookAge(() => WebhookSetAt is { } set ? Age(LastWebhookUpdate ?? set) : null);
    }

    /// <summary>When the adapter was created; the grace period before the first poll counts from here.</summary>
    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset? LastPoll => Read(ref _lastPollTicks);

    public DateTimeOffset? LastUpdate => Read(ref _lastUpdateTicks);

    /// <summary>When this process last found another one polling (it waits for the poller lease); null while it polls itself.</summary>
    public DateTimeOffset? StandbySince => Read(ref _standbyTicks);

    public bool IsStandby => StandbySince is not null;

    /// <summary>When setWebhook was confirmed for the current settings (by this process or, unchanged, by an earlier one).</summary>
    public DateTimeOffset? WebhookSetAt => Read(ref _webhookSetTicks);

    /// <summary>When Telegram last pushed an update that this process took.</summary>
    public DateTimeOffset? LastWebhookUpdate => Read(ref _lastWebhookTicks);

    /// <summary>A getUpdates call succeeded and returned <paramref name="updates"/> updates.</summary>
    public void Polled(int updates)
    {
        var now = Now();
        Interlocked.Exchange(ref _standbyTicks, -1);
        Interlocked.Exchange(ref _lastPollTicks, now);
        if (updates > 0)
        {
            Interlocked.Exchange(ref _lastUpdateTicks, now);
        }
    }

    /// <summary>Another process holds the poller lease: this one checked and waits (refreshed at every check).</summary>
    public void Standby() => Interlocked.Exchange(ref _standbyTicks, Now());

    public void WebhookSet() => Interlocked.Exchange(ref _webhookSetTicks, Now());

    public void WebhookUpdateReceived()
    {
        var now = Now();
        Interlocked.Exchange(ref _lastWebhookTicks, now);
        Interlocked.Exchange(ref _lastUpdateTicks, now);
    }

    private TimeSpan? Age(DateTimeOffset? since) => since is { } value ? _timeProvider.GetUtcNow() - value : null;

    private long Now() => _timeProvider.GetUtcNow().UtcTicks;

    private static DateTimeOffset? Read(ref long ticks) =>
        Interlocked.Read(ref ticks) is var value and >= 0 ? new DateTimeOffset(value, TimeSpan.Zero) : null;
}
