namespace CareerBot.Core.Communities;

/// <summary>Counts a community's interviews into a <see cref="CommunityPulse"/>, small figures held back (<see cref="SmallCells"/>).</summary>
public static class PulseCounter
{
    private const int TopGroupCount = 3;

    public static CommunityPulse Count(PulseWindow window, IReadOnlyList<CommunityInterview> interviews)
    {
        ArgumentNullException.ThrowIfNull(interviews);
        if (interviews.Count < SmallCells.K)
        {
            return new CommunityPulse { Window = window };
        }

        var worry = PulseCategories.WorryLevels.Select(level => interviews.Count(i => Category(i.WorryLevel is { } w ? w.ToString(System.Globalization.CultureInfo.InvariantCulture) : null) == level)).ToList();
        var goals = PulseCategories.Goals.Select(goal => interviews.Count(i => Category(i.Goal?.ToString()) == goal)).ToList();

        // Only groups named by 5 or more are listed, the most named first; the others are not named at all, so a small
        // group (one lawyer in the community) is never shown to exist.
        var groups = interviews.Where(i => i.MajorGroup is not null).GroupBy(i => i.MajorGroup!, StringComparer.Ordinal)
            .Where(g => g.Count() >= SmallCells.K)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(TopGroupCount)
            .Select(g => new PulseFigure(g.Key, g.Count(), FigureHiding.Shown));

        return new CommunityPulse
        {
            Window = window,
            People = interviews.Count,
            Worry = SmallCells.Suppress(PulseCategories.WorryLevels, worry),
            Goals = SmallCells.Suppress(PulseCategories.Goals, goals),
            TopGroups = [.. groups],
        };
    }

    private static string Category(string? answer) => answer ?? PulseCategories.None;
}
