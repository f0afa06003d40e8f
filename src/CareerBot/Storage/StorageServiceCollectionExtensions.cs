using CareerBot.Storage.LiteDb;
using CareerBot.Storage.LiteDb.Conversations;
using CareerBot.Storage.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Storage;

/// <summary>Registers the store chosen by <c>Storage:Provider</c>. Called first, so the store's start-up work runs before any adapter's.</summary>
internal static class StorageServiceCollectionExtensions
{
    public const string ProviderKey = "Storage:Provider";

    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        // Right after the store's own first hosted service (PostgreSQL's schema migration): says which database this is.
        services.AddSingleton<StorageLocation>();
        switch (ProviderOf(configuration))
        {
            case StorageProvider.Postgres:
                // First: the schema migration is the first hosted service, before the catalogue's warm-up and the adapters.
                services.AddPostgresStorage();
                services.AddHostedService(sp => sp.GetRequiredService<StorageLocation>());
                services.AddOccupationCatalog();

                // The same section the PostgreSQL retention reads; the dialogue states its RetainIdleFor in /privacy.
                services.AddOptions<ConversationStoreOptions>()
                    .BindConfiguration(ConversationStoreOptions.SectionName)
                    .ValidateDataAnnotations()
                    .ValidateOnStart();
                return services;
            default:
                services.AddHostedService(sp => sp.GetRequiredService<StorageLocation>());
                return services.AddLiteDbStorage();
        }
    }

    /// <summary>The configured provider; a value that names none stops the host with a message saying which are known.</summary>
    public static StorageProvider ProviderOf(IConfiguration configuration)
    {
        var value = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return StorageProvider.LiteDb;
        }

        return Enum.TryParse<StorageProvider>(value.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException($"{ProviderKey} is '{value}'; use LiteDb (the default, one process) or Postgres (with ConnectionStrings:CareerBot).");
    }
}
