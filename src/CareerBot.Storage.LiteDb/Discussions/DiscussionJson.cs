using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.Storage.LiteDb.Discussions;

/// <summary>How a channel's weekly-prompt state is written into its document: JSON with enums by name.</summary>
internal static class DiscussionJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
