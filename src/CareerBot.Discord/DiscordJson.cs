using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.Discord;

/// <summary>Serializer settings for every Discord payload: snake_case, unknown fields ignored, nulls not written, nulls only where allowed.</summary>
internal static class DiscordJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,

        // A null where our entities say "never null" (an author without id) makes the event unreadable (logged, skipped)
        // instead of a NullReferenceException deep in the adapter.
        RespectNullableAnnotations = true,
    };
}
