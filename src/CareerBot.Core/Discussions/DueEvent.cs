namespace CareerBot.Core.Discussions;

/// <summary>One thing the scheduler did; <see cref="Missed"/> counts older slots passed over while the bot was down.</summary>
public sealed record DueEvent(ChannelKey Channel, DueEventKind Kind, string? PromptId, DateTimeOffset Slot, int Missed = 0);
