using CareerBot.Core.Occupations;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>Registers the seed importer, <see cref="OccupationData"/> (also as <see cref="IOccupationCatalog"/>) and its start-up warm-up.</summary>
internal static class OccupationDataRegistration
{
    public static IServiceCollection AddOccupationData(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<OccupationSeedImporter>();
        services.AddSingleton(sp => new OccupationData(
            sp.GetRequiredService<OccupationSeedImporter>(),
            sp.GetRequiredService<ILiteDatabase>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<OccupationData>>()));
        services.AddSingleton<IOccupationCatalog>(sp => sp.GetRequiredService<OccupationData>());
        services.AddHostedService<OccupationDataWarmup>();
        return services;
    }

    /// <summary>The same services with the catalogue read from the seed files into memory: no LiteDB file, no import.</summary>
    public static IServiceCollection AddOccupationDataFromSeeds(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => OccupationData.FromSeeds(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<OccupationData>>()));
        services.AddSingleton<IOccupationCatalog>(sp => sp.GetRequiredService<OccupationData>());
        services.AddHostedService<OccupationDataWarmup>();
        return services;
    }
}
