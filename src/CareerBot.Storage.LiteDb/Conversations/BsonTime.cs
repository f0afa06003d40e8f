using LiteDB;

namespace CareerBot.Storage.LiteDb.Conversations;

/// <summary>Stores a <see cref="DateTimeOffset"/> exactly (BSON dates keep only UTC milliseconds).</summary>
internal static class BsonTime
{
    private const string Ticks = "t";
    private const string OffsetMinutes = "o";

    public static BsonDocument ToBson(DateTimeOffset value) => new()
    {
        [Ticks] = value.UtcTicks,
        [OffsetMinutes] = (int)value.Offset.TotalMinutes,
    };

    public static DateTimeOffset FromBson(BsonValue value)
    {
        var utc = new DateTimeOffset(value[Ticks].AsInt64, TimeSpan.Zero);
        return utc.ToOffset(TimeSpan.FromMinutes(value[OffsetMinutes].AsInt32));
    }
}
