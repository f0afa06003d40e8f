using CareerBot.Core.Texts;

namespace CareerBot.Core.Discussions;

/// <summary>/weekly status: the schedule, whether it runs, the next post and the prompt it will use.</summary>
internal sealed class WeeklyStatus(PromptCatalog catalog, Random random)
{
    public string Describe(DiscussionChannel channel, DateTimeOffset now, WeeklyWording words)
    {
        channel = PromptRotation.EnsureUpcoming(channel, catalog, random);
        var lines = new List<string> { words.Text("weekly.status.title") };
        lines.Add(channel.Slot is { } slot ? words.Format("weekly.status.slot", words.Slot(slot)) : words.Text("weekly.status.noslot"));
        if (channel.Slot is not null || channel.Paused != PauseReason.None)
        {
            lines.Add(channel.Paused switch
            {
                PauseReason.Moderator => words.Text("weekly.status.paused"),
                PauseReason.CannotPost => words.Format("weekly.status.cannotpost", words.When(channel.Slot, channel.CannotPostSince ?? now)),
                _ => words.Text("weekly.status.on"),
            });
        }

        if (channel.Pending is { } pending)
        {
            lines.Add(words.Text("weekly.status.pending"));
        }
        else if (channel.IsActive && channel.Slot is { } active)
        {
            var next = NextSlot(channel, now);
            lines.Add(channel.SkipNext
                ? words.Format("weekly.status.skipping", words.When(active, next), words.When(active, active.NextAfter(next)))
                : words.Format("weekly.status.next", words.When(active, next)));
        }

        var prompt = catalog.Find(channel.UpcomingPromptId)!;
        lines.Add(words.Format("weekly.status.prompt", words.Theme(prompt.Theme), words.Preview(prompt)));
        lines.Add(words.Format("weekly.status.language", words.Text("weekly.language." + channel.Language.ToString().ToLowerInvariant())));
        if (channel.PulseCommunity is not null)
        {
            lines.Add(words.Text("weekly.status.pulse"));
        }

        if (channel.LastPostedAt is { } last)
        {
            lines.Add(words.Format("weekly.status.last", words.When(channel.Slot, last)));
        }

        return string.Join('\n', lines);
    }

    /// <summary>The next slot the scheduler will act on (possibly one already due).</summary>
    public static DateTimeOffset NextSlot(DiscussionChannel channel, DateTimeOffset now) =>
        channel.Slot!.NextAfter(channel.LastSlot ?? now);
}
