namespace CareerBot.Core.Discussions;

/// <summary>What the scheduler did for one channel, for the host to log.</summary>
public enum DueEventKind
{
    Posted,
    RetryLater,
    CannotPost,

    /// <summary>A slot (or a recorded post) was more than the grace window late: skipped.</summary>
    Missed,

    /// <summary>A moderator had asked to skip this slot.</summary>
    Skipped,

    /// <summary>No adapter for the channel's platform is running in this process.</summary>
    NoPoster,
}
