using System.Text.Json;
using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.EndToEnd.Tests.Discord.Soak;

/// <summary>
/// What Discord remembers between requests: which interactions were acknowledged (a second callback is 40060),
/// which deferred originals were filled, and message nonces (with enforce_nonce a repeated nonce in a channel returns
/// the message created first instead of a new one). Called under the emulator's lock.
/// </summary>
internal sealed class InteractionTracker
{
    private readonly HashSet<string> _acknowledged = new(StringComparer.Ordinal);
    private readonly HashSet<string> _acknowledgedByThisProcess = new(StringComparer.Ordinal);
    private readonly HashSet<string> _deferredTokens = new(StringComparer.Ordinal);
    private readonly HashSet<string> _filledTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FakeResponse> _nonces = new(StringComparer.Ordinal);

    /// <summary>Second acknowledgements by the same bot process: its replay dedupe failed.</summary>
    public int DuplicateAcknowledgements { get; private set; }

    /// <summary>
    /// Interactions a restarted bot acknowledged again after RESUME replayed them (refused with 40060, harmless): the
    /// earlier process acknowledged them but died before its saved sequence moved past them.
    /// </summary>
    public int AcknowledgedAgainAfterRestart { get; private set; }

    /// <summary>Repeated sends that a nonce turned into the earlier message.</summary>
    public int NonceRepeats { get; private set; }

    public int NoncesSeen => _nonces.Count;

    /// <summary>Slash commands answered "thinking…" (type 5) whose original was never edited: the person sees "did not respond".</summary>
    public int OriginalsNeverFilled => _deferredTokens.Count(t => !_filledTokens.Contains(t));

    public FakeResponse? Refusal(RecordedRequest request)
    {
        if (!request.Is("POST", "interactions/"))
        {
            return null;
        }

        var parts = request.Path.Split('/');
        var byThisProcess = _acknowledgedByThisProcess.Add(parts[1]);
        if (!_acknowledged.Add(parts[1]))
        {
            if (byThisProcess)
            {
                AcknowledgedAgainAfterRestart++;
            }
            else
            {
                DuplicateAcknowledgements++;
            }

            return new FakeResponse(400, """{"message": "Interaction has already been _acknowledged.", "code": 40060}""");
        }

        if (request.Json.GetProperty("type").GetInt32() == 5)
        {
            _deferredTokens.Add(parts[2]);
        }

        return null;
    }

    /// <summary>A new bot process started: what it acknowledges is counted apart from the old one's.</summary>
    public void BotRestarted() => _acknowledgedByThisProcess.Clear();

    public FakeResponse? Earlier(RecordedRequest request) =>
        NonceKey(request) is { } key && _nonces.TryGetValue(key, out var earlier) ? Repeat(earlier) : null;

    public void Created(RecordedRequest request, FakeResponse response)
    {
        if (NonceKey(request) is { } key)
        {
            _nonces[key] = response;
        }

        var parts = request.Path.Split('?')[0].Split('/');
        if (request.Method == "PATCH" && parts is ["webhooks", _, var token, "messages", "@original"])
        {
            _filledTokens.Add(token);
        }
    }

    private FakeResponse Repeat(FakeResponse earlier)
    {
        NonceRepeats++;
        return earlier;
    }

    private static string? NonceKey(RecordedRequest request)
    {
        if (request.Method != "POST" || !request.Path.StartsWith("channels/", StringComparison.Ordinal))
        {
            return null;
        }

        var body = request.Json;
        return body.TryGetProperty("enforce_nonce", out var enforce) && enforce.ValueKind == JsonValueKind.True
            && body.TryGetProperty("nonce", out var nonce) && nonce.ValueKind == JsonValueKind.String
                ? request.Path.Split('/')[1] + "/" + nonce.GetString()
                : null;
    }
}
