namespace CareerBot.Core.Pictures;

/// <summary>
/// A community pulse as a small bar chart (the worry levels), every word in the reader's language. A bar without a count
/// (a figure for fewer than 5 people, or one held back) is not drawn; its <see cref="PulseChartBar.ValueText"/> says why.
/// </summary>
public sealed record PulseChartPicture : ReplyPicture
{
    /// <summary>Heading, e.g. "Worry, 6 November – 5 December".</summary>
    public required string Title { get; init; }

    /// <summary>What the bars' labels mean, e.g. "1 = not worried, 5 = very worried".</summary>
    public required string AxisLabel { get; init; }

    public required IReadOnlyList<PulseChartBar> Bars { get; init; }

    /// <summary>A short line at the bottom about what is not shown.</summary>
    public required string Footer { get; init; }
}
