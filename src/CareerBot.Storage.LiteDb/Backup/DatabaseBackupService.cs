using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.LiteDb.Backup;

/// <summary>Copies the database every <see cref="BackupOptions.Interval"/> and once more when the host stops; inert when no folder is set.</summary>
internal sealed class DatabaseBackupService(
    DatabaseBackup backup,
    IOptions<BackupOptions> options,
    TimeProvider timeProvider,
    ILogger<DatabaseBackupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.Interval, timeProvider, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            TryBackup(stoppingToken);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);

        // Storage registers before the adapters, so the host stops this after them: the copy holds their last turns.
        if (options.Value.IsEnabled)
        {
            TryBackup(CancellationToken.None);
        }
    }

    private void TryBackup(CancellationToken cancellationToken)
    {
        try
        {
            backup.Create(cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or LiteDB.LiteException or InvalidOperationException)
        {
            Log.BackupFailed(logger, ex);
        }
    }
}
