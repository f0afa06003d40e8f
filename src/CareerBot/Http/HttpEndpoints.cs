using CareerBot.Health;
using CareerBot.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Prometheus;

namespace CareerBot.Http;

/// <summary>The bot's HTTP surface; every other path is 404.</summary>
internal static class HttpEndpoints
{
    public const string HealthPath = "/healthz";
    public const string MetricsPath = "/metrics";
    public const string TelegramWebhookPath = "/telegram/webhook";

    public static IEndpointRouteBuilder MapBotEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(HealthPath, new HealthCheckOptions
        {
            ResponseWriter = HealthReportJson.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            AllowCachingResponses = false,
        }).WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        endpoints.MapMetrics(MetricsPath, endpoints.ServiceProvider.GetRequiredService<PrometheusExport>().Registry);
        endpoints.MapPost(TelegramWebhookPath, TelegramWebhookEndpoint.HandleAsync);
        return endpoints;
    }
}
