using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace CareerBot.Storage.Postgres.Conversations;

/// <summary>
/// Writing and tolerant reading of the stored documents' fields. Readers never throw: a field that is missing or of another
/// type (an older or damaged document) reads as a default, so one bad record restarts that person's interview instead of
/// failing every turn they send. Times keep every tick and the offset (<c>{"t": utc ticks, "o": offset minutes}</c>),
/// which a timestamptz (microseconds, no offset) would not.
/// </summary>
internal static class JsonFields
{
    private const string Ticks = "t";
    private const string OffsetMinutes = "o";

    public static string Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void Text(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, DocumentText.Clean(value));
        }
    }

    /// <summary>Enums are stored by name so that reordering an enum never changes stored meaning.</summary>
    public static void Enum<TEnum>(Utf8JsonWriter writer, string name, TEnum? value)
        where TEnum : struct, System.Enum => Text(writer, name, value?.ToString());

    public static void Int(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteNumber(name, value.Value);
        }
    }

    public static void Texts(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(DocumentText.Clean(value));
        }

        writer.WriteEndArray();
    }

    public static void Time(Utf8JsonWriter writer, string name, DateTimeOffset value)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber(Ticks, value.UtcTicks);
        writer.WriteNumber(OffsetMinutes, (int)value.Offset.TotalMinutes);
        writer.WriteEndObject();
    }

    /// <summary>The stored document; one that is not an object (hand-edited) reads as an empty one. jsonb always holds valid JSON.</summary>
    public static JsonDocument ParseObject(string json)
    {
        var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind == JsonValueKind.Object)
        {
            return document;
        }

        document.Dispose();
        return JsonDocument.Parse("{}");
    }

    public static string? String(JsonElement document, string name) =>
        document.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static int? Int(JsonElement document, string name) =>
        document.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    public static bool Bool(JsonElement document, string name) =>
        document.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    /// <summary>An unknown name (written by a newer version) reads as <paramref name="fallback"/>.</summary>
    public static TEnum Enum<TEnum>(JsonElement document, string name, TEnum fallback)
        where TEnum : struct, System.Enum => NullableEnum<TEnum>(document, name) ?? fallback;

    public static TEnum? NullableEnum<TEnum>(JsonElement document, string name)
        where TEnum : struct, System.Enum =>
        String(document, name) is { } text && System.Enum.TryParse<TEnum>(text, out var parsed) ? parsed : null;

    public static ImmutableArray<string> Strings(JsonElement document, string name) =>
        document.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];

    /// <summary>A missing or damaged time reads as <paramref name="fallback"/>.</summary>
    public static DateTimeOffset Time(JsonElement document, string name, DateTimeOffset fallback)
    {
        if (!document.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Object
            || !value.TryGetProperty(Ticks, out var ticks) || !ticks.TryGetInt64(out var utcTicks) || utcTicks is < 0 or > 3155378975999999999
            || !value.TryGetProperty(OffsetMinutes, out var offset) || !offset.TryGetInt32(out var minutes) || minutes is < -840 or > 840)
        {
            return fallback;
        }

        return new DateTimeOffset(utcTicks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(minutes));
    }
}
