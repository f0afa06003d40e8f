namespace CareerBot.Core.Discussions;

/// <summary>What became of a channel post.</summary>
public enum PostOutcome
{
    Posted,

    /// <summary>Not now (rate limit, outage): keep it due and try again.</summary>
    RetryLater,

    /// <summary>The bot can no longer post there (removed, blocked, missing permission).</summary>
    CannotPost,
}
