using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Storage.Postgres.Health;

/// <summary>Registers the store's write check with the host's health check service.</summary>
internal static class PostgresHealthCheckRegistration
{
    public static IServiceCollection AddPostgresHealthCheck(this IServiceCollection services)
    {
        // Only the registration: the host's AddHealth adds the health service.
        services.Configure<HealthCheckServiceOptions>(options => options.Registrations.Add(new HealthCheckRegistration(
            PostgresWritableHealthCheck.Name,
            sp => ActivatorUtilities.GetServiceOrCreateInstance<PostgresWritableHealthCheck>(sp),
            failureStatus: null,
            tags: ["storage"])));
        return services;
    }
}
