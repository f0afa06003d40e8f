namespace CareerBot.EndToEnd.Tests.Telegram.Soak;

/// <summary>How far a person got: steps taken, why they stopped early (null = finished), and how long each turn's replies took (ms).</summary>
internal sealed record PersonResult(long ChatId, int StepsTaken, string? GaveUp, IReadOnlyList<double> LatenciesMs);
