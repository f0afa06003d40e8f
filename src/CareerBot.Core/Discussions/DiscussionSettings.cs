namespace CareerBot.Core.Discussions;

/// <summary>Weekly-prompt rules that come from configuration.</summary>
public sealed record DiscussionSettings
{
    /// <summary>A slot missed while the bot was down is still posted when it is at most this late.</summary>
    public TimeSpan GraceWindow { get; init; } = TimeSpan.FromHours(6);

    /// <summary>The zone used when a moderator schedules without naming one and the channel has none yet.</summary>
    public string DefaultTimeZone { get; init; } = "UTC";

    /// <summary>First wait after a failed post; doubles per attempt, up to an hour.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(30);
}
