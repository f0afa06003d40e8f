namespace CareerBot.Core.Communities;

/// <summary>
/// The 30 days a pulse counts: they end at the start of the current UTC day, and the day's first pulse is kept for the day
/// (<see cref="PulseReader"/>), so two pulses of one day are the same. Pulses of different days can still differ because
/// some answers changed; that its figures are bands of 5 and each table is protected on its own (<see cref="SmallCells"/>)
/// makes it hard, not impossible, to tell whose answers or how.
/// </summary>
public readonly record struct PulseWindow(DateTimeOffset Since, DateTimeOffset Until)
{
    public const int Days = 30;

    public static PulseWindow Before(DateTimeOffset now)
    {
        var until = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        return new PulseWindow(until.AddDays(-Days), until);
    }
}
