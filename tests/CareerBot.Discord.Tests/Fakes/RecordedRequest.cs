using System.Collections.Specialized;
using System.Text.Json;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>A REST request the fake Discord received; <see cref="Path"/> is relative to /api/v10/.</summary>
public sealed record RecordedRequest(string Method, string Path, string Body, NameValueCollection Headers)
{
    /// <summary>Who sent it, when the client used <see cref="FakeDiscordServer.ApiBaseUrlFor"/>; null for the plain API base.</summary>
    public string? Client { get; init; }

    public JsonElement Json => JsonDocument.Parse(string.IsNullOrEmpty(Body) ? "null" : Body).RootElement;

    public bool Is(string method, string pathPrefix) =>
        Method == method && Path.StartsWith(pathPrefix, StringComparison.Ordinal);
}
