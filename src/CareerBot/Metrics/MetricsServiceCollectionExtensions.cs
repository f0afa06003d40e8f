using CareerBot.Core.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace CareerBot.Metrics;

/// <summary>Registers the bot's instruments and, for a running bot, their export: Prometheus text on GET /metrics, and OTLP when an endpoint is configured.</summary>
internal static class MetricsServiceCollectionExtensions
{
    /// <summary>The standard OpenTelemetry settings (environment or any configuration source) that switch the OTLP export on.</summary>
    private static readonly string[] OtlpEndpointKeys = ["OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT"];

    public static IServiceCollection AddBotMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<BotMetrics>();
        return services;
    }

    /// <param name="services">The host's services.</param>
    /// <param name="configuration">Where the OTLP settings are read.</param>
    /// <param name="prometheus">Whether GET /metrics is served (the bot listens for HTTP).</param>
    public static IServiceCollection AddMetricsExport(this IServiceCollection services, IConfiguration configuration, bool prometheus)
    {
        services.AddBotMetrics();
        if (prometheus)
        {
            services.AddHostedService<PrometheusExport>();
        }

        if (IsOtlpConfigured(configuration))
        {
            services.AddOpenTelemetry()
                .ConfigureResource(resource =>
                {
                    if (string.IsNullOrWhiteSpace(configuration["OTEL_SERVICE_NAME"]))
                    {
                        resource.AddService("careerbot");
                    }
                })
                .WithMetrics(metrics => metrics.AddMeter(BotMetrics.MeterName).AddOtlpExporter());
        }

        return services;
    }

    public static bool IsOtlpConfigured(IConfiguration configuration) =>
        OtlpEndpointKeys.Any(key => !string.IsNullOrWhiteSpace(configuration[key]));
}
