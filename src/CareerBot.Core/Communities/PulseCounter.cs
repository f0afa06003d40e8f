namespace CareerBot.Core.Communities;

/// <summary>
/// Counts a community's interviews into a <see cref="CommunityPulse"/>: small figures held back (<see cref="SmallCells"/>,
/// on the exact counts), then every figure shown only as its band of 5 (<see cref="Band"/>).
/// </summary>
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
            .Select(g => new PulseFigure(g.Key, Band(g.Count()), FigureHiding.Shown))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Category, StringComparer.Ordinal);

        return new CommunityPulse
        {
            Window = window,
            People = Band(interviews.Count),
            Worry = Banded(SmallCells.Suppress(PulseCategories.WorryLevels, worry)),
            Goals = Banded(SmallCells.Suppress(PulseCategories.Goals, goals)),
            TopGroups = [.. groups],
        };
    }

    /// <summary>The lowest number of the band of 5 a count of 5 or more falls in: 5 for 5–9, 10 for 10–14.</summary>
    public static int Band(int count) => count / SmallCells.K * SmallCells.K;

    private static PulseFigure[] Banded(IReadOnlyList<PulseFigure> figures) =>
        [.. figures.Select(f => f.Count is { } count ? f with { Count = Band(count) } : f)];

    private static string Category(string? answer) => answer ?? PulseCategories.None;
}
