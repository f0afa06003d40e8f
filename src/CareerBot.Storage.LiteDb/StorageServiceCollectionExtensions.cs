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
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ILiteDatabase>(sp => LiteDatabaseFactory.Open(sp.GetRequiredService<IOptions<StorageOptions>>()));
        services.AddSingleton<LiteDbWriteGate>();

        services.AddOccupationData();
        services.AddSingleton<ITitleMatcher>(sp => TitleMatcherFactory.Create(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<TitleIndexFile>>()));
        services.AddHostedService<TitleMatcherWarmUp>();
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
}
