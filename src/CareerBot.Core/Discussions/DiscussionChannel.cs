using CareerBot.Core.Texts;

namespace CareerBot.Core.Discussions;

/// <summary>Everything the bot keeps about one channel's weekly prompts; stored as one document, changed with <c>with</c>.</summary>
public sealed record DiscussionChannel
{
    public required ChannelKey Key { get; init; }

    /// <summary>The language prompts are posted in.</summary>
    public Language Language { get; init; } = Language.English;

    /// <summary>The weekly slot, or null when only manual posts were made.</summary>
    public WeeklySlot? Slot { get; init; }

    public PauseReason Paused { get; init; } = PauseReason.None;

    /// <summary>True when a moderator asked to skip the next scheduled slot.</summary>
    public bool SkipNext { get; init; }

    /// <summary>The last slot dealt with (posted, skipped or missed); the next slot comes after it.</summary>
    public DateTimeOffset? LastSlot { get; init; }

    /// <summary>The prompt the next post will use, chosen ahead so /weekly status can show it.</summary>
    public string? UpcomingPromptId { get; init; }

    /// <summary>Prompts used in the current cycle (the upcoming one included); no prompt repeats until all were used.</summary>
    public IReadOnlyList<string> UsedInCycle { get; init; } = [];

    /// <summary>A post recorded as due but not yet confirmed as sent (the outbox of one).</summary>
    public PendingPost? Pending { get; init; }

    public DateTimeOffset? LastPostedAt { get; init; }

    public string? LastPromptId { get; init; }

    /// <summary>When posting failed for good (bot removed, no permission); told to the next moderator who uses a command.</summary>
    public DateTimeOffset? CannotPostSince { get; init; }

    /// <summary>True until a moderator has been told that posting failed.</summary>
    public bool NoticePending { get; init; }

    /// <summary>
    /// The community whose pulse ends each prompt here in one line (when 5 or more people are counted); null when a
    /// moderator has not turned it on.
    /// </summary>
    public string? PulseCommunity { get; init; }

    /// <summary>Recent moderator command ids, so a command replayed after a crash is not applied twice.</summary>
    public IReadOnlyList<string> RecentCommands { get; init; } = [];

    public bool IsActive => Slot is not null && Paused == PauseReason.None;
}
