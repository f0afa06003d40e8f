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
    private PeriodicTimer? _timer;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Started here, not in ExecuteAsync (which runs on the thread pool), so the interval counts from start-up.
        if (options.Value.IsEnabled)
        {
            _timer = new PeriodicTimer(options.Value.Interval, timeProvider);
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_timer is null)
        {
            return;
        }

        try
        {
            while (await _timer.WaitForNextTickAsync(stoppingToken))
            {
                TryBackup(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal shutdown; the last copy is taken in StopAsync.
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

    public override void Dispose()
    {
        _timer?.Dispose();
        base.Dispose();
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
