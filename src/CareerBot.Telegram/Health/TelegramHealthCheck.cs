using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CareerBot.Telegram.Health;

/// <summary>
/// Healthy while getUpdates keeps succeeding: a long poll returns at least every PollTimeoutSeconds, so a last success
/// older than that plus a minute is degraded and older than <see cref="UnhealthyAfter"/> unhealthy. The age of the last
/// update received is reported but never judged: a quiet community is not a fault.
/// </summary>
internal sealed class TelegramHealthCheck(TelegramStatus status, IOptions<TelegramOptions> options, TimeProvider timeProvider) : IHealthCheck
{
    public const string Name = "telegram";
    public static readonly TimeSpan UnhealthyAfter = TimeSpan.FromMinutes(5);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var degradedAfter = TimeSpan.FromSeconds(options.Value.PollTimeoutSeconds) + TimeSpan.FromMinutes(1);
        var lastPoll = status.LastPoll;
        var age = now - (lastPoll ?? status.CreatedAt);
        var data = new Dictionary<string, object>();
        if (lastPoll is not null)
        {
            data["lastPollAgeSeconds"] = (long)age.TotalSeconds;
        }

        if (status.LastUpdate is { } update)
        {
            data["lastUpdateAgeSeconds"] = (long)(now - update).TotalSeconds;
        }

        var result = age switch
        {
            _ when age > UnhealthyAfter => HealthCheckResult.Unhealthy(lastPoll is null ? "getUpdates never succeeded" : "getUpdates failing", data: data),
            _ when age > degradedAfter => HealthCheckResult.Degraded("getUpdates late", data: data),
            _ when lastPoll is null => HealthCheckResult.Degraded("starting", data: data),
            _ => HealthCheckResult.Healthy("polling", data),
        };
        return Task.FromResult(result);
    }
}
