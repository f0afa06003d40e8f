using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Storage.LiteDb.Health;

/// <summary>Registers the storage project's health check with the host's health check service.</summary>
internal static class StorageHealthCheckRegistration
{
    public static IServiceCollection AddStorageHealthCheck(this IServiceCollection services)
    {
        // Only the registration: the host's AddHealth adds the health service (AddHealthChecks also adds a hosted
        // publisher, which has no place in a project's own registration).
        services.Configure<HealthCheckServiceOptions>(options => options.Registrations.Add(new HealthCheckRegistration(
            LiteDbWritableHealthCheck.Name,
            sp => ActivatorUtilities.GetServiceOrCreateInstance<LiteDbWritableHealthCheck>(sp),
            failureStatus: null,
            tags: ["storage"])));
        return services;
    }
}
