namespace CareerBot.Core.Pictures;

/// <summary>
/// What a risk card image shows, with every word already in the person's language: one or two jobs on up to three 0–1
/// scales (each naming its source and year), and the suggested moves. Stored with the reply, so the picture is drawn
/// at delivery from this alone (no catalogue, no text catalogue), identically on every try.
/// </summary>
public sealed record RiskCardPicture : ReplyPicture
{
    /// <summary>Heading, e.g. "Writers and Authors → Marriage and Family Therapists".</summary>
    public required string Title { get; init; }

    /// <summary>The jobs drawn, the person's own first, then the target (at most two).</summary>
    public required IReadOnlyList<string> Jobs { get; init; }

    /// <summary>The scales, in drawing order (automation first).</summary>
    public required IReadOnlyList<RiskCardScale> Scales { get; init; }

    /// <summary>Heading of the moves list ("Moves worth a look"), or null when there are no moves.</summary>
    public string? MovesHeading { get; init; }

    /// <summary>Suggested moves, one short line each (at most three).</summary>
    public IReadOnlyList<string> Moves { get; init; } = [];

    /// <summary>A short line at the bottom ("Estimates about tasks, not verdicts about people.").</summary>
    public required string Footer { get; init; }
}
