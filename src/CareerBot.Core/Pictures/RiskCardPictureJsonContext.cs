using System.Text.Json.Serialization;

namespace CareerBot.Core.Pictures;

/// <summary>Source-generated JSON metadata for stored risk card pictures.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RiskCardPicture))]
internal sealed partial class RiskCardPictureJsonContext : JsonSerializerContext;
