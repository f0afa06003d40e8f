using CareerBot.Core.Messaging;
using LiteDB;

namespace CareerBot.Storage.LiteDb.Conversations;

/// <summary>
/// A handled-event marker: only the platform, the event id and when. It never names the person,
/// so /forget has nothing to find here and the marker stays valid for exactly-once after a forget.
/// </summary>
internal static class HandledBson
{
    public const string HandledAt = "at";

    public static BsonValue Id(Platform platform, string messageId) => new(IndexKey.For($"{platform}:{messageId}"));

    public static BsonDocument ToDocument(Platform platform, string messageId, DateTimeOffset handledAt) => new()
    {
        ["_id"] = Id(platform, messageId),
        [HandledAt] = handledAt.UtcTicks,
    };
}
