using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.Storage.Postgres.Discussions;

/// <summary>How a channel's weekly-prompt state is written into its jsonb document: JSON with enums by name (as the LiteDB store writes it).</summary>
internal static class DiscussionJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
