using CareerBot.Storage.LiteDb;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage;

/// <summary>Says at start which database this process opens (the resolved full path), so a wrong working directory or setting shows at once.</summary>
internal sealed class StorageLocation(IOptions<StorageOptions> storage, IConfiguration configuration, ILogger<StorageLocation> logger) : IHostedService
{
    public const string DatabasePathKey = "Storage:DatabasePath";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Announce();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Announce()
    {
        if (StorageServiceCollectionExtensions.ProviderOf(configuration) == StorageProvider.Postgres)
        {
            Log.DatabasePostgres(logger, storage.Value.DatabasePath);
            return;
        }

        Log.DatabaseFile(logger, storage.Value.DatabasePath);
    }
}
