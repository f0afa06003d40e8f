namespace CareerBot.Core.Communities;

/// <summary>
/// How many people fall in one category of a pulse ("3" on the worry scale, "Retrain"); the count only when shown, and
/// then as the lowest number of its band of 5 (5 for 5–9), or 0.
/// </summary>
public sealed record PulseFigure(string Category, int? Count, FigureHiding Hiding);
