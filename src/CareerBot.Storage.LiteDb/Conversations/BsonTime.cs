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

    /// <summary>A missing or damaged value reads as <paramref name="fallback"/>.</summary>
    public static DateTimeOffset FromBson(BsonValue value, DateTimeOffset fallback)
    {
        if (!value.IsDocument || !value[Ticks].IsInt64 || value[Ticks].AsInt64 is < 0 or > 3155378975999999999
            || !value[OffsetMinutes].IsInt32 || value[OffsetMinutes].AsInt32 is < -840 or > 840)
        {
            return fallback;
        }

        var utc = new DateTimeOffset(value[Ticks].AsInt64, TimeSpan.Zero);
        return utc.ToOffset(TimeSpan.FromMinutes(value[OffsetMinutes].AsInt32));
    }
}
