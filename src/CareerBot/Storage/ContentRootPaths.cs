using CareerBot.Dialogue;
using CareerBot.Discussions;
using CareerBot.Storage.LiteDb;
using CareerBot.Storage.LiteDb.Backup;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Storage;

/// <summary>
/// The one rule for paths in configuration: a relative path is taken from the content root, the folder of CareerBot.dll
/// (where appsettings.json, seeds/ and prompts/ are), never from the working directory, so the bot opens the same database
/// from wherever it is started. Absolute paths are kept.
/// </summary>
internal static class ContentRootPaths
{
    public static IServiceCollection AddContentRootPaths(this IServiceCollection services, string contentRoot)
    {
        services.PostConfigure<StorageOptions>(storage =>
        {
            storage.DatabasePath = Resolve(contentRoot, storage.DatabasePath);
            storage.SeedsPath = Resolve(contentRoot, storage.SeedsPath);
        });
        services.PostConfigure<BackupOptions>(backup => backup.Directory = Resolve(contentRoot, backup.Directory));
        services.PostConfigure<PromptsOptions>(prompts => prompts.Path = Resolve(contentRoot, prompts.Path));
        services.PostConfigure<PicturesOptions>(pictures => pictures.Directory = Resolve(contentRoot, pictures.Directory));
        return services;
    }

    /// <summary>The full path of a configured path; empty stays empty (it means "off" or "the default").</summary>
    public static string Resolve(string contentRoot, string path) =>
        string.IsNullOrWhiteSpace(path) ? path : Path.GetFullPath(path, contentRoot);
}
