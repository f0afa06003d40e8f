using CareerBot.Core.Pictures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerBot.Pictures;

/// <summary>Registers the risk card renderer.</summary>
public static class PicturesServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IRiskCardRenderer"/> (PNG, drawn with the shipped font) as a singleton.</summary>
    public static IServiceCollection AddRiskCardPictures(this IServiceCollection services)
    {
        services.TryAddSingleton<IRiskCardRenderer, RiskCardRenderer>();
        return services;
    }
}
