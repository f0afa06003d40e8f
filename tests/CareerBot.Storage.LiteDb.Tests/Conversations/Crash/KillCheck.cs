namespace CareerBot.Storage.LiteDb.Tests.Conversations.Crash;

/// <summary>What one check after a kill found.</summary>
/// <param name="TurnsStored">Turns in the file over all conversations, each verified field by field.</param>
/// <param name="StoredUnreported">Turns committed whose "saved" line the kill cut off (at most one per conversation).</param>
/// <param name="DeliveredUnreported">Deliveries committed whose "delivered" line the kill cut off (at most one per conversation).</param>
internal sealed record KillCheck(int Kill, int WritesReported, int Conversations, int TurnsStored, int RepliesPending, int StoredUnreported, int DeliveredUnreported, long LogBytes);
