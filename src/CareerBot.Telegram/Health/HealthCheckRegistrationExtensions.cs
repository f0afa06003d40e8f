using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Telegram.Health;

/// <summary>
/// Adds a check to the host's health service without AddHealthChecks, which would also add a hosted publisher to
/// the adapter's registration; the host's AddHealth adds the service and its publisher once.
/// </summary>
internal static class HealthCheckRegistrationExtensions
{
    public static IServiceCollection AddHealthCheckRegistration<TCheck>(this IServiceCollection services, string name)
        where TCheck : class, IHealthCheck
    {
        services.Configure<HealthCheckServiceOptions>(options => options.Registrations.Add(new HealthCheckRegistration(
            name,
            sp => ActivatorUtilities.GetServiceOrCreateInstance<TCheck>(sp),
            failureStatus: null,
            tags: ["adapter"])));
        return services;
    }
}
