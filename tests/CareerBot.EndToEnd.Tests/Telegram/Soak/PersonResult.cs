namespace CareerBot.EndToEnd.Tests.Telegram.Soak;

/// <summary>
/// How far a person got: steps taken, why they stopped early (null = finished), and per turn how long (ms, from the
/// person's action) all of its replies took and how long its first reply took.
/// </summary>
internal sealed record PersonResult(long ChatId, int StepsTaken, string? GaveUp, IReadOnlyList<double> LatenciesMs, IReadOnlyList<double> FirstReplyLatenciesMs);
