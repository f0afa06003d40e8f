using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CareerBot.Health;

/// <summary>
/// Registers the health service and its periodic log line (GET /healthz is mapped with the other HTTP endpoints). The
/// checks themselves are registered by the projects that own what they check (storage, each adapter) with
/// <c>services.AddHealthChecks().AddCheck&lt;T&gt;(name)</c>; a new one (e.g. the weekly scheduler) does the same.
/// </summary>
internal static class HealthServiceCollectionExtensions
{
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddOptions<HealthOptions>()
            .BindConfiguration(HealthOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHealthChecks();
        services.AddSingleton<IHealthCheckPublisher, HealthLogPublisher>();
        services.AddOptions<HealthCheckPublisherOptions>().Configure<IOptions<HealthOptions>>((publisher, health) =>
        {
            publisher.Delay = TimeSpan.FromSeconds(15);
            publisher.Period = health.Value.LogInterval;
        });
        return services;
    }
}
