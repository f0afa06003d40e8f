namespace CareerBot.Core.Pictures;

/// <summary>One 0–1 scale on a risk card: its name, its source with year, and each job's value (null: no figure).</summary>
public sealed record RiskCardScale
{
    /// <summary>e.g. "Automation risk".</summary>
    public required string Label { get; init; }

    /// <summary>e.g. "Frey &amp; Osborne (2013)".</summary>
    public required string Source { get; init; }

    /// <summary>Words at the two ends of the scale, e.g. "low" and "high".</summary>
    public required string Low { get; init; }

    public required string High { get; init; }

    /// <summary>One value per job of <see cref="RiskCardPicture.Jobs"/>, 0–1, null when the source has no figure.</summary>
    public required IReadOnlyList<double?> Values { get; init; }

    /// <summary>One text per job as written next to its marker ("3.8%", "0.87", "no figure").</summary>
    public required IReadOnlyList<string> ValueTexts { get; init; }
}
