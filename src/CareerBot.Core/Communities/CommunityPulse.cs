namespace CareerBot.Core.Communities;

/// <summary>
/// A community's interviews of the last 30 days in aggregate, safe to show a moderator: no figure for fewer than 5 people,
/// every figure a band of 5, no hidden figure that the others give away, and no table in which everyone answered alike.
/// Null <see cref="People"/>: fewer than 5 people, nothing else is known.
/// </summary>
public sealed record CommunityPulse
{
    public required PulseWindow Window { get; init; }

    /// <summary>How many people started an interview from the community in the window, as the lowest of its band of 5 (10 for 10–14); null when fewer than 5.</summary>
    public int? People { get; init; }

    /// <summary>Worry levels "1" to "5", then "none" (not answered yet).</summary>
    public IReadOnlyList<PulseFigure> Worry { get; init; } = [];

    /// <summary>The goals by <see cref="Conversations.CareerGoal"/> name, then "none" (not chosen yet).</summary>
    public IReadOnlyList<PulseFigure> Goals { get; init; } = [];

    /// <summary>The SOC 2018 major groups ("43") named by 5 people or more, most named first, at most three.</summary>
    public IReadOnlyList<PulseFigure> TopGroups { get; init; } = [];
}
