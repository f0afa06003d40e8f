namespace CareerBot.Core.Conversations;

/// <summary>What a turn reads before it runs: whether its event was handled already, and the stored conversation (null = new).</summary>
public sealed record TurnStart(bool AlreadyHandled, Conversation? Conversation);
