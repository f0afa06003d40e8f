using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace CareerBot.Health;

/// <summary>Logs one line per health run (every Health:LogInterval): Information when healthy, Warning otherwise.</summary>
internal sealed class HealthLogPublisher(ILogger<HealthLogPublisher> logger) : IHealthCheckPublisher
{
    public Task PublishAsync(HealthReport report, CancellationToken cancellationToken)
    {
        var summary = HealthReportJson.Summary(report);
        var status = report.Status.ToString();
        if (report.Status == HealthStatus.Healthy)
        {
            Log.HealthSummary(logger, status, summary);
        }
        else
        {
            Log.HealthSummaryProblem(logger, status, summary);
        }

        return Task.CompletedTask;
    }
}
