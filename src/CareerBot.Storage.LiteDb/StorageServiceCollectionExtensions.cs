using CareerBot.Storage.LiteDb.Conversations;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.LiteDb;

/// <summary>Registers the LiteDB stores.</summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddLiteDbStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ILiteDatabase>(sp => LiteDatabaseFactory.Open(sp.GetRequiredService<IOptions<StorageOptions>>()));
        services.AddSingleton<LiteDbWriteGate>();

        // Occupation data (seed import, catalog, matcher vocabulary): registered below by the occupations feature.
        // Conversations (store, outbox, platform state): registered below by the conversations feature.
        services.AddLiteDbConversations();
        return services;
    }
}
