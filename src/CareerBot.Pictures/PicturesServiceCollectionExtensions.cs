using CareerBot.Core.Pictures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerBot.Pictures;

/// <summary>Registers the picture renderer.</summary>
public static class PicturesServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IPictureRenderer"/> (risk cards and pulse charts as PNG, drawn with the shipped font) as a singleton.</summary>
    public static IServiceCollection AddPictures(this IServiceCollection services)
    {
        services.TryAddSingleton<RiskCardRenderer>();
        services.TryAddSingleton<PulseChartRenderer>();
        services.TryAddSingleton<IPictureRenderer, PictureRenderer>();
        return services;
    }
}
