namespace CareerBot.Core.Communities;

/// <summary>How many people fall in one category of a pulse ("3" on the worry scale, "Retrain"); the count only when shown.</summary>
public sealed record PulseFigure(string Category, int? Count, FigureHiding Hiding);
