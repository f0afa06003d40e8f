namespace CareerBot.Core.Occupations;

/// <summary>One candidate occupation for a typed job title, with a score in 0–1 (higher is better).</summary>
public sealed record TitleMatch(string Soc, string Title, double Score)
{
    /// <summary>ISCO-08 group when the match came through a Dutch/ESCO label; null otherwise.</summary>
    public string? Isco08 { get; init; }

    /// <summary>
    /// Set on the first match only, when the matcher is sure enough that figures may be shown without asking
    /// "did you mean…" (right 99% of the time on the development sets); otherwise the candidates are a question.
    /// </summary>
    public bool IsConfident { get; init; }
}
