namespace CareerBot.Core.Discussions;

/// <summary>
/// "Every Friday at 18:00 in Europe/Amsterdam": the wall-clock time in the channel's time zone, so posts keep their local
/// time across daylight-saving changes. A time that does not exist that day (spring forward) moves to just after the jump;
/// a time that happens twice (fall back) is taken the first time.
/// </summary>
public sealed record WeeklySlot(DayOfWeek Day, TimeOnly Time, string TimeZoneId)
{
    /// <summary>The first slot strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset after)
    {
        var zone = TimeZones.Find(TimeZoneId) ?? TimeZoneInfo.Utc;
        var localDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(after, zone).DateTime);
        for (var day = 0; day <= 14; day++)
        {
            var date = localDate.AddDays(day);
            if (date.DayOfWeek != Day)
            {
                continue;
            }

            var candidate = ToInstant(date.ToDateTime(Time, DateTimeKind.Unspecified), zone);
            if (candidate > after)
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("A weekly slot always falls within two weeks.");
    }

    /// <summary>The slot in the channel's local time, for showing to people.</summary>
    public DateTimeOffset ToLocal(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, TimeZones.Find(TimeZoneId) ?? TimeZoneInfo.Utc);

    private static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        if (zone.IsInvalidTime(local))
        {
            // Skipped by the clock change: read it with the offset in force before the jump, which lands just after it.
            var before = zone.GetUtcOffset(local.AddHours(-6));
            return new DateTimeOffset(local, before).ToUniversalTime();
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
