using CareerBot.Core.Messaging;

namespace CareerBot.Core.Conversations;

/// <summary>
/// What one turn writes, in one transaction. When <see cref="Conversation"/> is given with an <see cref="ExpectedVersion"/>,
/// it is stored only if the stored version is still that one (the one its turn read; 0 = none stored); null writes it
/// whatever is stored. Either way the stored version goes up by one.
/// </summary>
public sealed record StoredTurn(
    Platform Platform,
    string MessageId,
    Conversation? Conversation,
    IReadOnlyList<OutboxEntry> Outbox,
    long? ExpectedVersion = null);
