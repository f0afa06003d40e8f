using System.Collections.Concurrent;
using System.Text.Json;
using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.EndToEnd.Tests.Discord.Soak;

/// <summary>
/// Every reply the fake Discord accepted (2xx), per person: DM messages in order (as content plus button ids) and
/// interaction replies per token. Each person has a signal, so waiting for their replies does not wake everyone.
/// </summary>
internal sealed class ReplyLedger
{
    private readonly ConcurrentDictionary<string, PersonReplies> _people = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, byte> _filledOriginals = new(StringComparer.Ordinal);
    private int _reedits;

    public int Total => _people.Values.Sum(p => p.Count);

    /// <summary>Deferred originals edited more than once (e.g. again after a restart): harmless, counted for the report.</summary>
    public int Reedits => Volatile.Read(ref _reedits);

    public PersonReplies Of(string userId) => _people.GetOrAdd(userId, _ => new PersonReplies());

    /// <summary>Records a request the fake answered with success, when it delivers a reply.</summary>
    public void Delivered(RecordedRequest request)
    {
        var parts = request.Path.Split('?')[0].Split('/');
        if (request.Method == "POST" && parts is ["channels", var channel, "messages"] && channel.StartsWith("dm-", StringComparison.Ordinal))
        {
            Of(channel[3..]).Add(null, Signature(request.Json));
        }
        else if (parts is ["webhooks", _, var token, ..] && SoakEvents.UserOfToken(token) is { } user
            && (request.Method == "POST" || (request.Method == "PATCH" && parts[^1] == "@original")))
        {
            // Editing the original again shows the person nothing new: only the first edit is a reply.
            if (request.Method == "PATCH" && !_filledOriginals.TryAdd(token, 0))
            {
                Interlocked.Increment(ref _reedits);
                return;
            }

            Of(user).Add(token, Signature(request.Json));
        }
    }

    /// <summary>What the person would see: the text and the ids of the buttons offered.</summary>
    public static string Signature(JsonElement body)
    {
        var content = body.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : "";
        var buttons = body.TryGetProperty("components", out var rows) && rows.ValueKind == JsonValueKind.Array
            ? rows.EnumerateArray().SelectMany(r => r.GetProperty("components").EnumerateArray())
                .Select(b => b.TryGetProperty("custom_id", out var id) ? id.GetString() : b.TryGetProperty("url", out var url) ? url.GetString() : "")
            : [];
        return content + " [" + string.Join(',', buttons) + "]";
    }
}
