using CareerBot.Core.Messaging;

namespace CareerBot.Core.Discussions;

/// <summary>
/// The moderator commands as decisions: given the channel and a parsed /weekly command, returns the changed channel
/// and what to tell the moderator. Posting itself is the scheduler's job (a "now" post is recorded as due here).
/// </summary>
internal sealed class WeeklyDesk(PromptCatalog catalog, DiscussionSettings settings, Random random)
{
    private readonly WeeklyStatus _status = new(catalog, random);

    public WeeklyOutcome Apply(DiscussionChannel channel, WeeklyCommand command, DateTimeOffset now, WeeklyWording words)
    {
        if (command.Problem is { } problem)
        {
            return Reply(channel, words.Text(problem) + "\n\n" + words.Text("weekly.help"));
        }

        return command.Action switch
        {
            WeeklyAction.Now => PostNow(channel, now, words),
            WeeklyAction.Schedule => Schedule(channel, command, now, words),
            WeeklyAction.Pause => Reply(channel with { Paused = PauseReason.Moderator }, words.Text("weekly.paused")),
            WeeklyAction.Resume => Resume(channel, now, words),
            WeeklyAction.Skip => Skip(channel, now, words),
            WeeklyAction.Status => Reply(channel, _status.Describe(channel, now, words)),
            WeeklyAction.Language => SetLanguage(channel, command, words),
            WeeklyAction.Pulse when command.PulseLine is { } on && command.Community is { Length: > 0 } community =>
                Reply(channel with { PulseCommunity = on ? community : null }, words.Text(on ? "weekly.pulse.on" : "weekly.pulse.off")),
            WeeklyAction.Pulse => Reply(channel, words.Text("weekly.pulse.nowhere")),
            _ => Reply(channel, words.Text("weekly.help")),
        };
    }

    private WeeklyOutcome PostNow(DiscussionChannel channel, DateTimeOffset now, WeeklyWording words)
    {
        if (channel.Pending is not null)
        {
            return Reply(channel, words.Text("weekly.now.pending"));
        }

        var (prompt, next) = PromptRotation.Take(channel, catalog, random);
        var pending = new PendingPost { PostId = PostIds.New(random), PromptId = prompt.Id, DueAt = now };
        var updated = next with
        {
            Pending = pending,
            Paused = channel.Paused == PauseReason.CannotPost ? PauseReason.None : channel.Paused,
        };
        return new WeeklyOutcome(updated, [Say(words.Format("weekly.now", words.Theme(prompt.Theme)))], Wake: true);
    }

    private WeeklyOutcome Schedule(DiscussionChannel channel, WeeklyCommand command, DateTimeOffset now, WeeklyWording words)
    {
        var zone = command.TimeZoneId ?? channel.Slot?.TimeZoneId ?? settings.DefaultTimeZone;
        var slot = new WeeklySlot(command.Day, command.Time, zone);
        var updated = channel with { Slot = slot, Paused = PauseReason.None, SkipNext = false, LastSlot = now, CannotPostSince = null };
        var text = words.Format("weekly.scheduled", words.Slot(slot), words.When(slot, slot.NextAfter(now)));
        if (command.TimeZoneId is null && channel.Slot is null)
        {
            text += "\n" + words.Format("weekly.scheduled.zonehint", zone);
        }

        return new WeeklyOutcome(updated, [Say(text)], Wake: true);
    }

    private static WeeklyOutcome Resume(DiscussionChannel channel, DateTimeOffset now, WeeklyWording words)
    {
        if (channel.Slot is not { } slot)
        {
            return Reply(channel with { Paused = PauseReason.None, CannotPostSince = null }, words.Text("weekly.resume.noslot"));
        }

        // Slots that passed while paused are not made up for: the next one comes after now.
        var updated = channel with { Paused = PauseReason.None, CannotPostSince = null, LastSlot = now };
        return new WeeklyOutcome(updated, [Say(words.Format("weekly.resumed", words.When(slot, slot.NextAfter(now))))], Wake: true);
    }

    private static WeeklyOutcome Skip(DiscussionChannel channel, DateTimeOffset now, WeeklyWording words)
    {
        if (!channel.IsActive || channel.Slot is not { } slot)
        {
            return Reply(channel, words.Text(channel.Slot is null ? "weekly.resume.noslot" : "weekly.skip.paused"));
        }

        var skipped = WeeklyStatus.NextSlot(channel, now);
        var text = words.Format("weekly.skipped", words.When(slot, skipped), words.When(slot, slot.NextAfter(skipped)));
        return new WeeklyOutcome(channel with { SkipNext = true }, [Say(text)], Wake: true);
    }

    private static WeeklyOutcome SetLanguage(DiscussionChannel channel, WeeklyCommand command, WeeklyWording words)
    {
        var language = command.Language ?? channel.Language;
        var name = words.Text("weekly.language." + language.ToString().ToLowerInvariant());
        return Reply(channel with { Language = language }, words.Format("weekly.language", name));
    }

    private static WeeklyOutcome Reply(DiscussionChannel channel, string text) => new(channel, [Say(text)]);

    private static OutgoingMessage Say(string text) => new() { Text = text };
}
