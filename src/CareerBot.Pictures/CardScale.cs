namespace CareerBot.Pictures;

/// <summary>One scale of <see cref="CardContent"/>: printable texts and one value (null: no figure) and value text per job.</summary>
internal sealed record CardScale(
    string Label,
    string Source,
    string Low,
    string High,
    IReadOnlyList<double?> Values,
    IReadOnlyList<string> ValueTexts);
