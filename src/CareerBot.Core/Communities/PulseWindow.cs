namespace CareerBot.Core.Communities;

/// <summary>
/// The 30 days a pulse counts: they end at the start of the current UTC day, so a community's pulse changes at most once a
/// day. Two pulses taken minutes apart are then the same, and nobody can read one person's answers from their difference.
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
