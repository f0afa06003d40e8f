using CareerBot.Storage.LiteDb.Backup;
using CareerBot.Storage.LiteDb.Tests.Conversations;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerBot.Storage.LiteDb.Tests.Backup;

public sealed class DatabaseBackupServiceTests : IDisposable
{
    private readonly TestDatabase _db = new();

    private string BackupFolder => Path.Combine(_db.Folder, "backups");

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task ExecuteAsync_IntervalPasses_WritesACopy()
    {
        using var sut = CreateSut(BackupFolder);
        await sut.StartAsync(CancellationToken.None);
        var noneAtStart = Copies().Length == 0;

        _db.Time.Advance(TimeSpan.FromHours(6));
        var copied = await WaitUntilAsync(() => Copies().Length == 1);
        _db.Time.Advance(TimeSpan.FromMinutes(1));
        await sut.StopAsync(CancellationToken.None);

        Assert.True(noneAtStart);
        Assert.True(copied);
        Assert.Equal(2, Copies().Length); // and one more at shutdown
    }

    [Fact]
    public async Task StopAsync_Enabled_WritesACopy()
    {
        using var sut = CreateSut(BackupFolder);
        await sut.StartAsync(CancellationToken.None);

        await sut.StopAsync(CancellationToken.None);

        Assert.Single(Copies());
    }

    [Fact]
    public async Task StopAsync_NoFolderConfigured_WritesNothing()
    {
        using var sut = CreateSut("");
        await sut.StartAsync(CancellationToken.None);

        await sut.StopAsync(CancellationToken.None);

        Assert.False(Directory.Exists(BackupFolder));
    }

    private string[] Copies() => Directory.Exists(BackupFolder) ? Directory.GetFiles(BackupFolder, "*.db") : [];

    private static async Task<bool> WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 1000 && !condition(); i++)
        {
            await Task.Delay(5);
        }

        return condition();
    }

    private DatabaseBackupService CreateSut(string folder)
    {
        var options = Microsoft.Extensions.Options.Options.Create(new BackupOptions { Directory = folder, Interval = TimeSpan.FromHours(6) });
        var backup = new DatabaseBackup(
            _db.Database,
            _db.WriteGate,
            Microsoft.Extensions.Options.Options.Create(new StorageOptions { DatabasePath = _db.Path }),
            options,
            _db.Time,
            NullLogger<DatabaseBackup>.Instance);
        return new DatabaseBackupService(backup, options, _db.Time, NullLogger<DatabaseBackupService>.Instance);
    }
}
