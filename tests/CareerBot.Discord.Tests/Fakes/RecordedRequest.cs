using System.Collections.Specialized;
using System.Text.Json;
using CareerBot.Multipart;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>
/// A REST request the fake Discord received; <see cref="Path"/> is relative to /api/v10/. For an upload
/// (multipart/form-data) <see cref="Body"/> is its "payload_json" part and <see cref="Files"/> its "files[n]" parts.
/// </summary>
public sealed record RecordedRequest(string Method, string Path, string Body, NameValueCollection Headers)
{
    /// <summary>Who sent it, when the client used <see cref="FakeDiscordServer.ApiBaseUrlFor"/>; null for the plain API base.</summary>
    public string? Client { get; init; }

    public string? ContentType { get; init; }

    /// <summary>Every part of an upload, in the order sent; none for a JSON request.</summary>
    public IReadOnlyList<FormPart> Parts { get; init; } = [];

    public IReadOnlyList<FormPart> Files => [.. Parts.Where(p => p.Name.StartsWith("files[", StringComparison.Ordinal))];

    public bool IsMultipart => ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true;

    public JsonElement Json => JsonDocument.Parse(string.IsNullOrEmpty(Body) ? "null" : Body).RootElement;

    public bool Is(string method, string pathPrefix) =>
        Method == method && Path.StartsWith(pathPrefix, StringComparison.Ordinal);
}
