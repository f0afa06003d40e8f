using CareerBot.Core.Texts;

namespace CareerBot.Core.Discussions;

/// <summary>
/// A parsed /weekly command. <see cref="Problem"/> names the text key that explains what was wrong
/// ("weekly.bad.day", "weekly.bad.time", "weekly.bad.zone", "weekly.bad.language", "weekly.bad.action", "weekly.bad.pulse").
/// </summary>
internal sealed record WeeklyCommand(WeeklyAction Action)
{
    public DayOfWeek Day { get; init; }

    public TimeOnly Time { get; init; }

    /// <summary>The canonical IANA id typed, or null to keep the channel's zone.</summary>
    public string? TimeZoneId { get; init; }

    public Language? Language { get; init; }

    /// <summary>For <see cref="WeeklyAction.Pulse"/>: true or false to turn the pulse's line under the prompts on or off; null to show the pulse.</summary>
    public bool? PulseLine { get; init; }

    /// <summary>The community the channel belongs to (<see cref="Messaging.IncomingMessage.Community"/>), filled in before the desk applies the command.</summary>
    public string? Community { get; init; }

    public string? Problem { get; init; }
}
