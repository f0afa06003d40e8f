using System.Text.Json;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>Where a REST request goes (the API base, with or without a client name) and what the fake answers by default.</summary>
public sealed partial class FakeDiscordServer
{
    /// <summary>What the fake answers when <see cref="Handler"/> does not: a created message, DM channel, 204 or empty list.</summary>
    public FakeResponse DefaultResponse(RecordedRequest request)
    {
        var id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (request.Is("GET", "gateway/bot"))
        {
            return FakeResponse.Json(JsonSerializer.Serialize(new { url = $"ws://127.0.0.1:{Port}/gateway", shards = RecommendedShards, session_start_limit = new { total = 1000, remaining = SessionStartsRemaining, reset_after = SessionStartResetAfterMs, max_concurrency = MaxConcurrency } }));
        }

        if (request.Is("POST", "users/@me/channels"))
        {
            var recipient = request.Json.GetProperty("recipient_id").GetString();
            return FakeResponse.Json(JsonSerializer.Serialize(new { id = "dm-" + recipient, type = 1 }));
        }

        if (request.Is("POST", "interactions/"))
        {
            return FakeResponse.NoContent();
        }

        if (request.Method == "PUT")
        {
            return FakeResponse.Json("[]");
        }

        var channel = request.Path.StartsWith("channels/", StringComparison.Ordinal) ? request.Path.Split('/')[1] : "webhook-channel";
        var attachments = request.Files.Select((file, n) => new { id = id + n, filename = file.FileName, size = file.Bytes.Length, content_type = file.ContentType });
        return FakeResponse.Json(JsonSerializer.Serialize(new { id, channel_id = channel, content = "", attachments }));
    }

    // "/api/v10/x" → (null, "x"); "/shard-1/api/v10/x" → ("shard-1", "x"); anything else stays as it is.
    private static (string? Client, string Relative) SplitPath(string path)
    {
        const string Api = "/api/v10/";
        var at = path.IndexOf(Api, StringComparison.Ordinal);
        return at switch
        {
            0 => (null, path[Api.Length..]),
            > 1 when path.IndexOf('/', 1) == at => (path[1..at], path[(at + Api.Length)..]),
            _ => (null, path),
        };
    }
}
