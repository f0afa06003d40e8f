namespace CareerBot.Core.Discussions;

/// <summary>The scheduler's decision for one channel; <see cref="Missed"/> counts older slots passed over while the bot was down.</summary>
internal sealed record DueDecision(DueKind Kind, DateTimeOffset At, int Missed = 0);
