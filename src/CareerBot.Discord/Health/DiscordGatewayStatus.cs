using CareerBot.Core.Messaging;
using CareerBot.Core.Telemetry;

namespace CareerBot.Discord.Health;

/// <summary>What the gateway connection last achieved, read by <see cref="DiscordHealthCheck"/> (and counted in <see cref="BotMetrics"/>). Thread-safe.</summary>
internal sealed class DiscordGatewayStatus(TimeProvider timeProvider, BotMetrics? metrics = null)
{
    private long _readyTicks = -1;
    private long _lastAckTicks = -1;
    private long _lastEventTicks = -1;
    private volatile string? _stoppedReason;

    /// <summary>When the adapter was created; the grace period before the first READY counts from here.</summary>
    public DateTimeOffset CreatedAt { get; } = timeProvider.GetUtcNow();

    /// <summary>READY or RESUMED received on the current connection, which has not ended since.</summary>
    public bool IsConnected => Interlocked.Read(ref _readyTicks) >= 0;

    public DateTimeOffset? ConnectedAt => Read(ref _readyTicks);

    public DateTimeOffset? LastHeartbeatAck => Read(ref _lastAckTicks);

    public DateTimeOffset? LastEvent => Read(ref _lastEventTicks);

    /// <summary>Why the adapter stopped for good (Discord refused the bot); null while it runs.</summary>
    public string? StoppedReason => _stoppedReason;

    public void Ready() => Interlocked.Exchange(ref _readyTicks, Now());

    /// <summary>RESUMED: the session goes on, the events missed meanwhile are replayed.</summary>
    public void Resumed()
    {
        metrics?.GatewayResumed(Platform.Discord);
        Ready();
    }

    /// <summary>The connection ended and a new one is made (resume or identify) after a back-off.</summary>
    public void Reconnecting() => metrics?.GatewayReconnected(Platform.Discord);

    public void HeartbeatAcknowledged() => Interlocked.Exchange(ref _lastAckTicks, Now());

    public void EventReceived() => Interlocked.Exchange(ref _lastEventTicks, Now());

    public void Disconnected() => Interlocked.Exchange(ref _readyTicks, -1);

    public void Stopped(string reason)
    {
        _stoppedReason = reason;
        Disconnected();
    }

    private long Now() => timeProvider.GetUtcNow().UtcTicks;

    private static DateTimeOffset? Read(ref long ticks) =>
        Interlocked.Read(ref ticks) is var value and >= 0 ? new DateTimeOffset(value, TimeSpan.Zero) : null;
}
