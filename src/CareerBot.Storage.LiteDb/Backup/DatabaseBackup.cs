using System.Globalization;
using CareerBot.Storage.LiteDb.Conversations;
using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.LiteDb.Backup;

/// <summary>
/// Takes a consistent copy of the LiteDB file: with the write gate held no transaction is open, so after a checkpoint the
/// data file alone holds every committed write; it is copied byte for byte, then the copy is opened to prove it reads.
/// </summary>
internal sealed class DatabaseBackup(
    ILiteDatabase database,
    LiteDbWriteGate writeGate,
    IOptions<StorageOptions> storage,
    IOptions<BackupOptions> options,
    TimeProvider timeProvider,
    ILogger<DatabaseBackup> logger)
{
    private const string Suffix = ".db";

    public BackupResult Create(CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var source = Path.GetFullPath(storage.Value.DatabasePath);
        var folder = Path.GetFullPath(options.Value.Directory);
        Directory.CreateDirectory(folder);
        var stamp = timeProvider.GetUtcNow().ToString("yyyyMMdd-HHmmssfff", CultureInfo.InvariantCulture);
        var target = Path.Combine(folder, $"{Prefix(source)}{stamp}{Suffix}");
        var partial = target + ".partial";

        using (writeGate.Enter())
        {
            database.Checkpoint();
            using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var output = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None);
            input.CopyTo(output);
            output.Flush(flushToDisk: true);
        }

        cancellationToken.ThrowIfCancellationRequested();
        int conversations;
        try
        {
            conversations = Verify(partial);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }

        // Renamed only once verified, so every file with the final name is a good copy.
        File.Move(partial, target, overwrite: true);
        var pruned = Prune(folder, Prefix(source));
        var result = new BackupResult(target, new FileInfo(target).Length, conversations, pruned, (long)timeProvider.GetElapsedTime(started).TotalMilliseconds);
        Log.BackupCreated(logger, result.Path, result.Bytes, result.Conversations, result.Pruned, result.ElapsedMs);
        return result;
    }

    /// <summary>Opens the copy read-only and reads every conversation; throws when the file is damaged.</summary>
    private static int Verify(string path)
    {
        using var copy = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = true });
        _ = copy.GetCollectionNames().ToList();
        return copy.GetCollection(ConversationCollections.ConversationsName).FindAll().Count();
    }

    private int Prune(string folder, string prefix)
    {
        var doomed = new DirectoryInfo(folder).GetFiles(prefix + "*" + Suffix)
            .OrderByDescending(f => f.Name, StringComparer.Ordinal) // the stamp sorts by time
            .Skip(options.Value.Keep)
            .ToList();
        foreach (var file in doomed)
        {
            file.Delete();
        }

        return doomed.Count;
    }

    private static string Prefix(string source) => Path.GetFileNameWithoutExtension(source) + "-backup-";
}
