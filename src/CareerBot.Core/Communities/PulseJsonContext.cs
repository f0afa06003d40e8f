using System.Text.Json.Serialization;

namespace CareerBot.Core.Communities;

/// <summary>Source-generated JSON metadata for a day's pulse kept in the platform state store.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CommunityPulse))]
internal sealed partial class PulseJsonContext : JsonSerializerContext;
