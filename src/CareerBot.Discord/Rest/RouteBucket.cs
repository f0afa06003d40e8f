namespace CareerBot.Discord.Rest;

/// <summary>State of one rate-limit bucket (bucket hash + top-level resource); requests in it run one at a time.</summary>
internal sealed class RouteBucket
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public int? Remaining { get; set; }

    public DateTimeOffset ResetAt { get; set; }

    public TimeSpan WaitNeeded(DateTimeOffset now) =>
        Remaining is 0 && ResetAt > now ? ResetAt - now : TimeSpan.Zero;
}
