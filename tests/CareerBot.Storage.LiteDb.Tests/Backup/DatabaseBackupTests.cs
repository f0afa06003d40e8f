using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Storage.LiteDb.Backup;
using CareerBot.Storage.LiteDb.Conversations;
using CareerBot.Storage.LiteDb.Tests.Conversations;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace CareerBot.Storage.LiteDb.Tests.Backup;

public sealed class DatabaseBackupTests(ITestOutputHelper output) : IDisposable
{
    private readonly TestDatabase _db = new();

    private string BackupFolder => Path.Combine(_db.Folder, "backups");

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Create_TurnsStillInTheLog_CopyOpensAndHoldsThem()
    {
        var store = _db.CreateStore();
        var conversations = new List<Conversation>();
        for (var i = 0; i < 50; i++)
        {
            var conversation = Some.Conversation(new ConversationKey(Platform.Telegram, $"backed-up-{i}"));
            await store.SaveTurnAsync(Some.Turn(conversation, _db.Time.GetUtcNow()), CancellationToken.None);
            conversations.Add(conversation);
        }

        Assert.True(new FileInfo(_db.LogPath).Length > 0); // the last turns are only in the -log file so far
        var sut = CreateSut(keep: 3);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var result = sut.Create(CancellationToken.None);

        output.WriteLine($"Backup of 50 conversations: {result.Bytes} bytes in {watch.ElapsedMilliseconds} ms (checkpoint, copy, verify)");
        Assert.Equal(50, result.Conversations);
        Assert.True(File.Exists(result.Path));
        Assert.Empty(Directory.GetFiles(BackupFolder, "*.partial"));
        using var copy = TestDatabase.Open(result.Path);
        var stored = copy.GetCollection(ConversationCollections.ConversationsName);
        foreach (var expected in conversations)
        {
            ConversationAssert.Equal(expected, ConversationBson.FromDocument(expected.Key, stored.FindById(ConversationBson.Id(expected.Key))));
        }

        Assert.Equal(100, copy.GetCollection(ConversationCollections.OutboxName).Count());
    }

    [Fact]
    public void Create_MoreCopiesThanKept_PrunesTheOldestOnly()
    {
        var sut = CreateSut(keep: 2);
        var paths = new List<string>();
        Directory.CreateDirectory(BackupFolder);
        var unrelated = Path.Combine(BackupFolder, "notes.txt");
        File.WriteAllText(unrelated, "not a backup");

        for (var i = 0; i < 4; i++)
        {
            paths.Add(sut.Create(CancellationToken.None).Path);
            _db.Time.Advance(TimeSpan.FromMinutes(1));
        }

        var left = Directory.GetFiles(BackupFolder, "*.db").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(paths[^2..], left);
        Assert.True(File.Exists(unrelated));
    }

    [Fact]
    public void Create_DatabaseUsedAfterwards_OriginalStaysWritable()
    {
        var sut = CreateSut(keep: 1);

        sut.Create(CancellationToken.None);

        _db.CreateCollections().PlatformState.Upsert(new BsonDocument { ["_id"] = "after-backup", ["value"] = "1" });
        _db.Reopen();
        Assert.NotNull(_db.CreateCollections().PlatformState.FindById("after-backup"));
    }

    private DatabaseBackup CreateSut(int keep) => new(
        _db.Database,
        _db.WriteGate,
        Microsoft.Extensions.Options.Options.Create(new StorageOptions { DatabasePath = _db.Path }),
        Microsoft.Extensions.Options.Options.Create(new BackupOptions { Directory = BackupFolder, Keep = keep }),
        _db.Time,
        NullLogger<DatabaseBackup>.Instance);
}
