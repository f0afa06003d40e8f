using System.Text.Json.Serialization;

namespace CareerBot.Core.Pictures;

/// <summary>Source-generated JSON metadata for stored reply pictures.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(ReplyPicture))]
[JsonSerializable(typeof(RiskCardPicture))]
internal sealed partial class ReplyPictureJsonContext : JsonSerializerContext;
