namespace CareerBot.Core.Discussions;

/// <summary>The result of one scheduler pass: what happened, and when something is next due.</summary>
public sealed record DueRun(IReadOnlyList<DueEvent> Events, DateTimeOffset NextDue);
