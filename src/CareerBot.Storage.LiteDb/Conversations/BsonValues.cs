using System.Collections.Immutable;
using LiteDB;

namespace CareerBot.Storage.LiteDb.Conversations;

/// <summary>Null-aware conversions between BSON values and the Core records' field types.</summary>
internal static class BsonValues
{
    public static BsonValue From(string? value) => value is null ? BsonValue.Null : new BsonValue(value);

    public static BsonValue From(int? value) => value is null ? BsonValue.Null : new BsonValue(value.Value);

    /// <summary>Enums are stored by name so that reordering an enum never changes stored meaning.</summary>
    public static BsonValue From<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is null ? BsonValue.Null : new BsonValue(value.Value.ToString());

    public static BsonArray From(ImmutableArray<string> values) =>
        new(values.IsDefault ? [] : values.Select(v => new BsonValue(v)));

    // Readers are tolerant: a field that is missing or of another type (older or damaged document) reads as a default,
    // so one bad record restarts that person's interview instead of failing every turn they send.

    public static string? String(BsonValue value) => value.IsString ? value.AsString : null;

    public static int? Int(BsonValue value) => value.IsNumber ? value.AsInt32 : null;

    public static int Int(BsonValue value, int fallback) => value.IsNumber ? value.AsInt32 : fallback;

    public static bool Bool(BsonValue value) => value.IsBoolean && value.AsBoolean;

    /// <summary>An unknown name (written by a newer version) reads as <paramref name="fallback"/>.</summary>
    public static TEnum Enum<TEnum>(BsonValue value, TEnum fallback)
        where TEnum : struct, Enum =>
        value.IsString && System.Enum.TryParse<TEnum>(value.AsString, out var parsed) ? parsed : fallback;

    public static TEnum? NullableEnum<TEnum>(BsonValue value)
        where TEnum : struct, Enum =>
        value.IsString && System.Enum.TryParse<TEnum>(value.AsString, out var parsed) ? parsed : null;

    public static ImmutableArray<string> Strings(BsonValue value) =>
        value.IsArray ? [.. value.AsArray.Where(v => v.IsString).Select(v => v.AsString)] : [];
}
