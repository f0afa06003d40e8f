using CareerBot.Storage.LiteDb.Backup;
using CareerBot.Storage.LiteDb.Health;
using CareerBot.Storage.LiteDb.Occupations;
using CareerBot.Storage.LiteDb.Conversations;
using CareerBot.Core.Discussions;
using CareerBot.Storage.LiteDb.Discussions;
using CareerBot.Core.Occupations;
using CareerBot.Storage.LiteDb.Occupations.Vocabulary;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.LiteDb;

/// <summary>Registers the LiteDB stores.</summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddLiteDbStorage(this IServiceCollection services)
    {
        services.AddStorageOptions();
        services.AddSingleton<ILiteDatabase>(sp => LiteDatabaseFactory.Open(sp.GetRequiredService<IOptions<StorageOptions>>()));
        services.AddSingleton<LiteDbWriteGate>();
        services.AddOccupationData();
        services.AddTitleMatcher();
        services.AddLiteDbConversations();
        services.AddSingleton<IDiscussionStore, LiteDbDiscussionStore>();

        services.AddOptions<BackupOptions>()
            .BindConfiguration(BackupOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<DatabaseBackup>();
        services.AddHostedService<DatabaseBackupService>();
        services.AddStorageHealthCheck();
        return services;
    }

    /// <summary>
    /// Only the occupation catalogue and the title matcher, for a process whose conversations live in a shared server
    /// database: no LiteDB file (several processes cannot open one). The catalogue is read from the seed files into memory
    /// at start-up. The title index cache stays beside <c>Storage:DatabasePath</c>: it is only ever replaced whole
    /// (written to a temporary file, then renamed), so processes sharing a working directory read it safely, and two that
    /// build it at once each rename a complete file.
    /// </summary>
    public static IServiceCollection AddOccupationCatalog(this IServiceCollection services)
    {
        services.AddStorageOptions();
        services.AddOccupationDataFromSeeds();
        services.AddTitleMatcher();
        return services;
    }

    private static void AddStorageOptions(this IServiceCollection services) =>
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

    private static void AddTitleMatcher(this IServiceCollection services)
    {
        services.AddSingleton<ITitleMatcher>(sp => TitleMatcherFactory.Create(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<TitleIndexFile>>()));
        services.AddHostedService<TitleMatcherWarmUp>();
    }
}
