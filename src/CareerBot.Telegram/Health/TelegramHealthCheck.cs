using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CareerBot.Telegram.Health;

/// <summary>
/// Polling: healthy while getUpdates keeps succeeding — a long poll returns at least every PollTimeoutSeconds, so a last
/// success older than that plus a minute is degraded and older than <see cref="UnhealthyAfter"/> unhealthy — or while
/// this process is the standby of another poller and keeps checking the lease. Webhook: healthy once setWebhook is
/// confirmed. The age of the last update received is reported but never judged: a quiet community is not a fault.
/// </summary>
internal sealed class TelegramHealthCheck(TelegramStatus status, IOptions<TelegramOptions> options, TimeProvider timeProvider) : IHealthCheck
{
    public const string Name = "telegram";
    public static readonly TimeSpan UnhealthyAfter = TimeSpan.FromMinutes(5);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var data = new Dictionary<string, object>();
        return Task.FromResult(options.Value.Mode == TelegramMode.Webhook ? Webhook(now, data) : Polling(now, data));
    }

    private Dictionary<string, object> WithUpdateAge(Dictionary<string, object> data, DateTimeOffset now)
    {
        if (status.LastUpdate is { } update)
        {
            data["lastUpdateAgeSeconds"] = (long)(now - update).TotalSeconds;
        }

        return data;
    }

    private HealthCheckResult Webhook(DateTimeOffset now, Dictionary<string, object> data)
    {
        data = WithUpdateAge(data, now);
        if (status.WebhookSetAt is null)
        {
            return now - status.CreatedAt > UnhealthyAfter
                ? HealthCheckResult.Unhealthy("setWebhook never succeeded", data: data)
                : HealthCheckResult.Degraded("starting", data: data);
        }

        return HealthCheckResult.Healthy("webhook", data);
    }

    private HealthCheckResult Polling(DateTimeOffset now, Dictionary<string, object> data)
    {
        var degradedAfter = TimeSpan.FromSeconds(options.Value.PollTimeoutSeconds) + TimeSpan.FromMinutes(1);
        if (status.StandbySince is { } standby)
        {
            // Another process polls; this one only has to keep checking the lease to take over.
            var checkAge = now - standby;
            data["lastLeaseCheckAgeSeconds"] = (long)checkAge.TotalSeconds;
            data = WithUpdateAge(data, now);
            return checkAge > UnhealthyAfter ? HealthCheckResult.Unhealthy("poller lease not checked", data: data)
                : checkAge > degradedAfter ? HealthCheckResult.Degraded("poller lease check late", data: data)
                : HealthCheckResult.Healthy("standby (another process polls)", data);
        }

        var lastPoll = status.LastPoll;
        var age = now - (lastPoll ?? status.CreatedAt);
        if (lastPoll is not null)
        {
            data["lastPollAgeSeconds"] = (long)age.TotalSeconds;
        }

        data = WithUpdateAge(data, now);

        return age switch
        {
            _ when age > UnhealthyAfter => HealthCheckResult.Unhealthy(lastPoll is null ? "getUpdates never succeeded" : "getUpdates failing", data: data),
            _ when age > degradedAfter => HealthCheckResult.Degraded("getUpdates late", data: data),
            _ when lastPoll is null => HealthCheckResult.Degraded("starting", data: data),
            _ => HealthCheckResult.Healthy("polling", data),
        };
    }
}
