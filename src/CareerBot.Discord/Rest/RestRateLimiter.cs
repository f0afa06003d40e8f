using System.Collections.Concurrent;
using System.Text.Json;
using CareerBot.Core.Messaging;
using CareerBot.Core.Telemetry;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Rest;

/// <summary>
/// Discord's REST limits: per-route buckets learnt from X-RateLimit-* headers and keyed by bucket hash + top-level
/// resource, the global 50 requests/s (interaction endpoints exempt), and what a 429 says to wait.
/// </summary>
internal sealed class RestRateLimiter(TimeProvider time, ILogger<RestRateLimiter> logger, BotMetrics? metrics = null)
{
    private readonly ConcurrentDictionary<string, string> _bucketOfRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RouteBucket> _buckets = new(StringComparer.Ordinal);
    private readonly SlidingWindowBudget _global = SlidingWindowBudget.ForRestGlobal(time);
    private long _globalBlockedUntilTicks;

    /// <summary>Waits until the route's bucket and the global limit allow one request; dispose the lease after the response was recorded.</summary>
    public async Task<Lease> AcquireAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        var bucket = _buckets.GetOrAdd(KeyOf(route), _ => new RouteBucket());
        await bucket.Gate.WaitAsync(cancellationToken);
        try
        {
            var wait = bucket.WaitNeeded(time.GetUtcNow());
            if (wait > TimeSpan.Zero)
            {
                Log.RestBucketWait(logger, route.RouteKey, wait.TotalMilliseconds);
                await Task.Delay(wait, time, cancellationToken);
            }

            if (!route.GlobalExempt)
            {
                var globalWait = new DateTimeOffset(Interlocked.Read(ref _globalBlockedUntilTicks), TimeSpan.Zero) - time.GetUtcNow();
                if (globalWait > TimeSpan.Zero)
                {
                    await Task.Delay(globalWait, time, cancellationToken);
                }

                await _global.WaitAsync(cancellationToken);
            }

            return new Lease(bucket);
        }
        catch
        {
            bucket.Gate.Release();
            throw;
        }
    }

    /// <summary>Records what a response said about the limits; returns how long to wait before retrying a 429.</summary>
    public TimeSpan? Record(DiscordRoute route, Lease lease, int status, RateLimitHeaders headers, string body)
    {
        var now = time.GetUtcNow();
        if (headers.Bucket is { } hash)
        {
            _bucketOfRoute[route.RouteKey] = hash;
            _buckets.TryAdd(KeyOf(route), lease.Bucket);
        }

        if (headers.Remaining is { } remaining)
        {
            lease.Bucket.Remaining = remaining;
            lease.Bucket.ResetAt = now + (headers.ResetAfter ?? TimeSpan.Zero);
        }

        if (status != 429)
        {
            return null;
        }

        metrics?.RateLimited(Platform.Discord);
        var limited = ReadRateLimited(body);
        var retryAfter = TimeSpan.FromSeconds(Math.Max(0, limited?.RetryAfter ?? headers.ResetAfter?.TotalSeconds ?? 1));
        var isGlobal = headers.Global || limited?.Global == true;
        if (isGlobal)
        {
            Interlocked.Exchange(ref _globalBlockedUntilTicks, (now + retryAfter).UtcTicks);
        }
        else
        {
            lease.Bucket.Remaining = 0;
            lease.Bucket.ResetAt = now + retryAfter;
        }

        Log.RestRateLimited(logger, route.RouteKey, headers.Scope ?? (isGlobal ? "global" : "unknown"), retryAfter.TotalMilliseconds);
        return retryAfter;
    }

    private string KeyOf(DiscordRoute route) =>
        (_bucketOfRoute.TryGetValue(route.RouteKey, out var hash) ? hash : route.RouteKey) + "|" + route.MajorId;

    private static RateLimitedBody? ReadRateLimited(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<RateLimitedBody>(body, DiscordJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Holds the bucket while one request is in flight.</summary>
    internal sealed class Lease(RouteBucket bucket) : IDisposable
    {
        public RouteBucket Bucket { get; } = bucket;

        public void Dispose() => Bucket.Gate.Release();
    }
}
