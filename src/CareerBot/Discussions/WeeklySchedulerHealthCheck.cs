using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CareerBot.Discussions;

/// <summary>
/// The weekly-prompt scheduler passes at least every <see cref="PromptsOptions.MaxSleep"/>: a last pass older than that
/// plus two minutes is degraded (busy or stuck on a slow platform), older than three times that plus ten minutes unhealthy.
/// </summary>
internal sealed class WeeklySchedulerHealthCheck(WeeklyPromptScheduler scheduler, IOptions<PromptsOptions> options, TimeProvider time) : IHealthCheck
{
    public const string Name = "scheduler";
    private readonly DateTimeOffset _createdAt = time.GetUtcNow();

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        var maxSleep = options.Value.MaxSleep;
        var lastRun = scheduler.LastRunAt;
        var age = time.GetUtcNow() - (lastRun ?? _createdAt);
        var data = new Dictionary<string, object>();
        if (lastRun is not null)
        {
            data["lastRunAgeSeconds"] = (long)age.TotalSeconds;
        }

        var result = age switch
        {
            _ when age > (maxSleep * 3) + TimeSpan.FromMinutes(10) => HealthCheckResult.Unhealthy(lastRun is null ? "never ran" : "not running", data: data),
            _ when age > maxSleep + TimeSpan.FromMinutes(2) => HealthCheckResult.Degraded("late", data: data),
            _ when lastRun is null => HealthCheckResult.Healthy("starting", data),
            _ => HealthCheckResult.Healthy("running", data),
        };
        return Task.FromResult(result);
    }
}
