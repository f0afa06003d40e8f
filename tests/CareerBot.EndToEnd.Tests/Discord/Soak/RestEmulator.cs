using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.EndToEnd.Tests.Discord.Soak;

/// <summary>
/// The REST side of the soak, as <see cref="FakeDiscordServer.Handler"/>: Discord's rate limits with its real headers
/// (X-RateLimit-Bucket/Limit/Remaining/Reset-After/Scope, a retry_after body), enforced per bucket and globally
/// (50/s, interaction endpoints exempt), plus injected 429s of each scope. A 429 is never applied, as on Discord.
/// Accepted replies go to the <see cref="ReplyLedger"/> and are answered after a network-like latency, so a killed
/// bot can have sent a message without learning it arrived (the case that nonces with enforce_nonce are for).
/// </summary>
internal sealed class RestEmulator(FakeDiscordServer server, ReplyLedger ledger, double route429Rate, double global429Rate, int seed)
{
    private const int GlobalPerSecond = 50;
    private readonly Lock _gate = new();
    private readonly Random _random = new(seed);
    private readonly Dictionary<string, (int Remaining, long ResetAt)> _buckets = new(StringComparer.Ordinal);
    private readonly Queue<long> _globalWindow = new();

    /// <summary>When false, no 429 is injected (limits are still enforced).</summary>
    public bool InjectFaults { get; set; }

    public RestCounters Counters { get; } = new();

    /// <summary>Interaction acknowledgements, deferred originals and message nonces, as Discord keeps them.</summary>
    public InteractionTracker Tracker { get; } = new();

    public void BotRestarted()
    {
        lock (_gate)
        {
            Tracker.BotRestarted();
        }
    }

    public FakeResponse? Handle(RecordedRequest request)
    {
        var (hash, major, limit, window, exempt) = Classify(request);
        var now = Stopwatch.GetTimestamp();
        Dictionary<string, string> headers;
        lock (_gate)
        {
            Counters.Requests++;
            if (!exempt && RefuseGlobally(now, out var global))
            {
                return global;
            }

            if (InjectFaults && hash is not null && _random.NextDouble() < route429Rate)
            {
                var shared = _random.Next(4) == 0;
                if (shared)
                {
                    Counters.InjectedShared++;
                }
                else
                {
                    Counters.InjectedRoute++;
                }

                return Limited(hash, limit, 0.2 + _random.NextDouble() * 0.8, shared ? "shared" : "user", global: false);
            }

            if (hash is null)
            {
                return Accept(request, []);
            }

            var key = hash + "|" + major;
            var state = _buckets.GetValueOrDefault(key, (limit, 0));
            if (now >= state.ResetAt)
            {
                state = (limit, now + (long)(window.TotalSeconds * Stopwatch.Frequency));
            }

            var resetAfter = Math.Max(0.001, (state.ResetAt - now) / (double)Stopwatch.Frequency);
            if (state.Remaining == 0)
            {
                Counters.Overran++;
                return Limited(hash, limit, resetAfter, "user", global: false);
            }

            _buckets[key] = (state.Remaining - 1, state.ResetAt);
            headers = BucketHeaders(hash, limit, state.Remaining - 1, resetAfter);
        }

        return Accept(request, headers);
    }

    private bool RefuseGlobally(long now, out FakeResponse? response)
    {
        response = null;
        while (_globalWindow.TryPeek(out var oldest) && now - oldest > Stopwatch.Frequency)
        {
            _globalWindow.Dequeue();
        }

        if (_globalWindow.Count >= GlobalPerSecond)
        {
            Counters.OverranGlobal++;
            response = Limited(null, 0, 1.0, "global", global: true);
            return true;
        }

        if (InjectFaults && _random.NextDouble() < global429Rate)
        {
            Counters.InjectedGlobal++;
            response = Limited(null, 0, 0.5 + _random.NextDouble(), "global", global: true);
            return true;
        }

        _globalWindow.Enqueue(now);
        return false;
    }

    private FakeResponse Accept(RecordedRequest request, Dictionary<string, string> headers)
    {
        var latency = TimeSpan.FromMilliseconds(20 + _random.Next(100));
        lock (_gate)
        {
            if (Tracker.Refusal(request) is { } refused)
            {
                return refused with { Headers = headers, Latency = latency };
            }

            if (Tracker.Earlier(request) is { } earlier)
            {
                return earlier with { Headers = headers, Latency = latency };
            }

            var response = server.DefaultResponse(request);
            Tracker.Created(request, response);
            ledger.Delivered(request);
            return response with { Headers = headers, Latency = latency };
        }
    }

    private static FakeResponse Limited(string? hash, int limit, double retryAfter, string scope, bool global)
    {
        var after = retryAfter.ToString("0.###", CultureInfo.InvariantCulture);
        var headers = global
            ? new Dictionary<string, string> { ["X-RateLimit-Global"] = "true", ["X-RateLimit-Scope"] = "global" }
            : BucketHeaders(hash!, limit, 0, retryAfter);
        headers["X-RateLimit-Scope"] = scope;
        headers["Retry-After"] = Math.Ceiling(retryAfter).ToString(CultureInfo.InvariantCulture);
        var body = JsonSerializer.Serialize(new { message = "You are being rate limited.", retry_after = Math.Round(retryAfter, 3), global });
        return new FakeResponse(429, body, headers);
    }

    private static Dictionary<string, string> BucketHeaders(string hash, int limit, int remaining, double resetAfter) => new()
    {
        ["X-RateLimit-Bucket"] = hash,
        ["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture),
        ["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture),
        ["X-RateLimit-Reset-After"] = resetAfter.ToString("0.###", CultureInfo.InvariantCulture),
    };

    // Bucket hash, top-level resource, limit per window; the interaction endpoints are outside the global limit.
    private static (string? Hash, string Major, int Limit, TimeSpan Window, bool Exempt) Classify(RecordedRequest request)
    {
        var parts = request.Path.Split('?')[0].Split('/');
        return parts switch
        {
            ["channels", var channel, "messages", ..] => ("b7c1e4a0soakmessages", channel, 5, TimeSpan.FromSeconds(2), false),
            ["webhooks", var app, var token, ..] => ("3f9d20c1soakwebhooks", app + "/" + token, 5, TimeSpan.FromSeconds(2), true),
            ["interactions", ..] => (null, "", 0, TimeSpan.Zero, true),
            ["users", "@me", "channels"] => ("90aa5e11soakdmopen", "@me", 10, TimeSpan.FromSeconds(1), false),
            _ => (null, "", 0, TimeSpan.Zero, false),
        };
    }
}
