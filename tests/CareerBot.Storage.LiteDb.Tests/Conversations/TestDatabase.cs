using CareerBot.Storage.LiteDb.Conversations;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Storage.LiteDb.Tests.Conversations;

/// <summary>A LiteDB file in its own temporary folder, with the conversation store on it; deleted on dispose.</summary>
internal sealed class TestDatabase : IDisposable
{
    public TestDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("careerbot-convstore-").FullName;
        Path = System.IO.Path.Combine(Folder, "careerbot.db");
        Database = Open(Path);
    }

    public string Folder { get; }

    public string Path { get; }

    /// <summary>LiteDB 5 names the write-ahead log "{name}-log{ext}".</summary>
    public string LogPath => System.IO.Path.Combine(Folder, "careerbot-log.db");

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 2, 11, 9, 30, 0, TimeSpan.FromHours(1)));

    public ConversationStoreOptions Options { get; } = new();

    internal ILiteDatabase Database { get; private set; }

    internal static ILiteDatabase Open(string path) =>
        new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });

    internal LiteDbWriteGate WriteGate { get; } = new();

    internal ConversationCollections CreateCollections() => new(Database, WriteGate);

    internal LiteDbConversationStore CreateStore()
    {
        var collections = CreateCollections();
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        var pruner = new HandledMarkerPruner(collections, options, NullLogger<HandledMarkerPruner>.Instance);
        var checkpointer = new LogCheckpointer(collections, options, NullLogger<LogCheckpointer>.Instance);
        return new LiteDbConversationStore(collections, pruner, checkpointer, Time, NullLogger<LiteDbConversationStore>.Instance);
    }

    /// <summary>Closes the file and opens it again, as a restarted process would.</summary>
    public void Reopen()
    {
        Database.Dispose();
        Database = Open(Path);
    }

    public void Dispose()
    {
        Database.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
