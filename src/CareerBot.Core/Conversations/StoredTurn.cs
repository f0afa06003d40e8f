using CareerBot.Core.Messaging;

namespace CareerBot.Core.Conversations;

/// <summary>What one turn writes, in one transaction.</summary>
public sealed record StoredTurn(
    Platform Platform,
    string MessageId,
    Conversation? Conversation,
    IReadOnlyList<OutboxEntry> Outbox);
