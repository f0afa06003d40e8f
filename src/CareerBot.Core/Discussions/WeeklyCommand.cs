using CareerBot.Core.Texts;

namespace CareerBot.Core.Discussions;

/// <summary>
/// A parsed /weekly command. <see cref="Problem"/> names the text key that explains what was wrong
/// ("weekly.bad.day", "weekly.bad.time", "weekly.bad.zone", "weekly.bad.language", "weekly.bad.action").
/// </summary>
internal sealed record WeeklyCommand(WeeklyAction Action)
{
    public DayOfWeek Day { get; init; }

    public TimeOnly Time { get; init; }

    /// <summary>The canonical IANA id typed, or null to keep the channel's zone.</summary>
    public string? TimeZoneId { get; init; }

    public Language? Language { get; init; }

    public string? Problem { get; init; }
}
