using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.Core.Stories;

/// <summary>Source-generated JSON metadata for the story seed: strict about unknown members so a typo fails loudly.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(StorySeedDocument))]
internal sealed partial class StorySeedJsonContext : JsonSerializerContext;
