using CareerBot.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
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
        endpoints.MapMetrics(MetricsPath); // prometheus-net's default registry, set up by PrometheusExport
        endpoints.MapPost(TelegramWebhookPath, TelegramWebhookEndpoint.HandleAsync);
        return endpoints;
    }
}
