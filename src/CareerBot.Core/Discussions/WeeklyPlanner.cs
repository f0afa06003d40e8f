namespace CareerBot.Core.Discussions;

/// <summary>
/// The scheduling rules as a pure decision: given a channel and the time, what is due. Slots are computed from the
/// stored last slot in the channel's own time zone, so a restart, a long downtime or a clock change neither skips nor
/// doubles a post; only the latest missed slot can still be posted, and only within the grace window.
/// </summary>
internal static class WeeklyPlanner
{
    public static DueDecision Decide(DiscussionChannel channel, DateTimeOffset now, TimeSpan grace)
    {
        if (channel.Pending is { } pending)
        {
            if (now - pending.DueAt > grace)
            {
                return new DueDecision(DueKind.DropPending, pending.DueAt);
            }

            return pending.RetryAt is { } retry && retry > now
                ? new DueDecision(DueKind.Wait, retry)
                : new DueDecision(DueKind.SendPending, now);
        }

        if (!channel.IsActive || channel.Slot is not { } slot)
        {
            return new DueDecision(DueKind.Nothing, DateTimeOffset.MaxValue);
        }

        var next = slot.NextAfter(channel.LastSlot ?? now);
        if (next > now)
        {
            return new DueDecision(DueKind.Wait, next);
        }

        var missed = 0;
        for (var later = slot.NextAfter(next); later <= now; later = slot.NextAfter(next))
        {
            missed++;
            next = later;
        }

        if (channel.SkipNext)
        {
            return new DueDecision(DueKind.SkipSlot, next, missed);
        }

        return now - next <= grace ? new DueDecision(DueKind.PostSlot, next, missed) : new DueDecision(DueKind.MissSlot, next, missed);
    }
}
