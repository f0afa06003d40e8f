using Npgsql;
using NpgsqlTypes;

namespace CareerBot.Storage.Postgres;

/// <summary>Typed positional parameters: a typed null still tells the server its type, so every statement shape binds the same list.</summary>
internal static class Parameter
{
    public static NpgsqlParameter Text(string? value) => Of(value, NpgsqlDbType.Text);

    public static NpgsqlParameter Texts(IEnumerable<string> values) => Of(values.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);

    public static NpgsqlParameter Bigint(long? value) => Of(value, NpgsqlDbType.Bigint);

    public static NpgsqlParameter Int(int value) => Of(value, NpgsqlDbType.Integer);

    public static NpgsqlParameter Boolean(bool value) => Of(value, NpgsqlDbType.Boolean);

    public static NpgsqlParameter Bytes(byte[] value) => Of(value, NpgsqlDbType.Bytea);

    public static NpgsqlParameter Interval(TimeSpan value) => Of(value, NpgsqlDbType.Interval);

    public static NpgsqlParameter Jsonb(string? value) => Of(value, NpgsqlDbType.Jsonb);

    public static NpgsqlParameter Jsonbs(IEnumerable<string> values) => Of(values.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Jsonb);

    /// <summary>timestamptz holds an instant: the offset goes (Npgsql takes only UTC values), microseconds stay.</summary>
    public static NpgsqlParameter Time(DateTimeOffset? value) => Of(value?.ToUniversalTime(), NpgsqlDbType.TimestampTz);

    public static NpgsqlParameter Times(IEnumerable<DateTimeOffset> values) =>
        Of(values.Select(v => v.ToUniversalTime()).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.TimestampTz);

    private static NpgsqlParameter Of(object? value, NpgsqlDbType type) => new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };
}
