using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Storage.LiteDb.Health;

/// <summary>Registers the storage project's health check with the host's health check service.</summary>
internal static class StorageHealthCheckRegistration
{
    public static IServiceCollection AddStorageHealthCheck(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<LiteDbWritableHealthCheck>(LiteDbWritableHealthCheck.Name, tags: ["storage"]);
        return services;
    }
}
