namespace CareerBot.Telegram.Health;

/// <summary>What the polling loop last achieved, read by <see cref="TelegramHealthCheck"/>. Thread-safe.</summary>
internal sealed class TelegramStatus(TimeProvider timeProvider)
{
    private long lastPollTicks = -1;
    private long lastUpdateTicks = -1;

    /// <summary>When the adapter was created; the grace period before the first poll counts from here.</summary>
    public DateTimeOffset CreatedAt { get; } = timeProvider.GetUtcNow();

    public DateTimeOffset? LastPoll => Read(ref lastPollTicks);

    public DateTimeOffset? LastUpdate => Read(ref lastUpdateTicks);

    /// <summary>A getUpdates call succeeded and returned <paramref name="updates"/> updates.</summary>
    public void Polled(int updates)
    {
        var now = timeProvider.GetUtcNow().UtcTicks;
        Interlocked.Exchange(ref lastPollTicks, now);
        if (updates > 0)
        {
            Interlocked.Exchange(ref lastUpdateTicks, now);
        }
    }

    private static DateTimeOffset? Read(ref long ticks) =>
        Interlocked.Read(ref ticks) is var value and >= 0 ? new DateTimeOffset(value, TimeSpan.Zero) : null;
}
