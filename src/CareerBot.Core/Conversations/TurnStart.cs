namespace CareerBot.Core.Conversations;

/// <summary>
/// What a turn reads before it runs: whether its event was handled already, the stored conversation (null = new) and its
/// version (0 when none is stored), which the save checks so two processes never overwrite each other's turn.
/// </summary>
public sealed record TurnStart(bool AlreadyHandled, Conversation? Conversation, long Version = 0);
