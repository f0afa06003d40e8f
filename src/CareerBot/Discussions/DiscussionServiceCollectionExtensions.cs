using CareerBot.Core.Discussions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareerBot.Discussions;

/// <summary>Registers the weekly discussion prompts: the validated prompt catalog, the rules, and the scheduler.</summary>
internal static class DiscussionServiceCollectionExtensions
{
    public static IServiceCollection AddWeeklyPrompts(this IServiceCollection services)
    {
        services.AddOptions<PromptsOptions>()
            .BindConfiguration(PromptsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PromptsOptions>, PromptsOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(Random.Shared);
        services.AddSingleton(sp => PromptFiles.Load(sp.GetRequiredService<IOptions<PromptsOptions>>().Value.Path));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<PromptsOptions>>().Value;
            return new DiscussionSettings
            {
                GraceWindow = options.GraceWindow,
                DefaultTimeZone = TimeZones.Find(options.DefaultTimeZone)?.Id ?? "UTC",
                RetryDelay = options.RetryDelay,
            };
        });
        services.AddSingleton<WeeklyPrompts>();
        services.AddSingleton<WeeklyPromptScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<WeeklyPromptScheduler>());
        services.AddHealthChecks().AddCheck<WeeklySchedulerHealthCheck>(WeeklySchedulerHealthCheck.Name);
        return services;
    }
}
