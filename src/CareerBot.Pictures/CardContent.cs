using CareerBot.Core.Pictures;

namespace CareerBot.Pictures;

/// <summary>
/// A <see cref="RiskCardPicture"/> made safe to draw: every text printable in the shipped typeface, at most two jobs,
/// three scales and three moves, and exactly one value and value text per job and scale (a stored picture is drawn as
/// well as it can be, never refused).
/// </summary>
internal sealed record CardContent(
    string Title,
    IReadOnlyList<string> Jobs,
    IReadOnlyList<CardScale> Scales,
    string? MovesHeading,
    IReadOnlyList<string> Moves,
    string Footer,
    int Replaced)
{
    public const int MaxJobs = 2;
    public const int MaxScales = 3;
    public const int MaxMoves = 3;

    public static CardContent From(RiskCardPicture picture)
    {
        var replaced = 0;
        string Printable(string? text)
        {
            var printable = GlyphCoverage.Printable(text ?? "", out var count);
            replaced += count;
            return printable;
        }

        var jobs = picture.Jobs.Take(MaxJobs).Select(Printable).ToArray();
        var scales = picture.Scales.Take(MaxScales).Select(scale => new CardScale(
            Printable(scale.Label),
            Printable(scale.Source),
            Printable(scale.Low),
            Printable(scale.High),
            [.. jobs.Select((_, job) => Value(scale.Values, job))],
            [.. jobs.Select((_, job) => Printable(job < scale.ValueTexts.Count ? scale.ValueTexts[job] : null))])).ToArray();
        var movesHeading = picture.MovesHeading is null ? null : Printable(picture.MovesHeading);
        var moves = picture.Moves.Take(MaxMoves).Select(Printable).ToArray();
        return new CardContent(Printable(picture.Title), jobs, scales, movesHeading, moves, Printable(picture.Footer), replaced);
    }

    private static double? Value(IReadOnlyList<double?> values, int job) =>
        job < values.Count && values[job] is { } value && double.IsFinite(value) ? Math.Clamp(value, 0, 1) : null;
}
