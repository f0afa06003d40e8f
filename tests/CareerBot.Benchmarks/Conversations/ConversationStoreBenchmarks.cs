using BenchmarkDotNet.Attributes;
using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using LiteDB;

namespace CareerBot.Benchmarks.Conversations;

/// <summary>
/// Raw LiteDB read+update of a stored conversation document against one full turn through the store
/// (find, save the turn with two outbox entries, mark both delivered). Each op is one turn; ops/s = 1 s / mean.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
public class ConversationStoreBenchmarks
{
    private const int Conversations = 1_000;
    private const int OpsPerInvoke = 200;
    private BenchmarkStorage _storage = null!;
    private const string ReplyText = "How worried are you that AI will change your work? Pick a number from 1 (not at all) to 5 (very).";
    private ILiteCollection<BsonDocument> _raw = null!;
    private ILiteCollection<BsonDocument> _handled = null!;
    private ILiteCollection<BsonDocument> _outbox = null!;
    private int _next;
    private long _message;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _storage = new BenchmarkStorage();
        await _storage.SeedAsync(Conversations, CancellationToken.None);
        _raw = _storage.Database.GetCollection("conversations");
        _handled = _storage.Database.GetCollection("raw_handled");
        _outbox = _storage.Database.GetCollection("raw_outbox");
    }

    [GlobalCleanup]
    public void Cleanup() => _storage.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = OpsPerInvoke)]
    public void RawFindByIdAndUpdate()
    {
        for (var i = 0; i < OpsPerInvoke; i++)
        {
            var document = _raw.FindById(BenchmarkStorage.Key(NextIndex()).ToString());
            document["turns"] = document["turns"].AsInt32 + 1;
            _raw.Update(document);
        }
    }

    /// <summary>
    /// The same writes as a turn done straight on LiteDB (find; one transaction: update, marker insert, two reply
    /// inserts; then two deletes): the floor for this document layout, to tell the store's own overhead from LiteDB's.
    /// </summary>
    [Benchmark(OperationsPerInvoke = OpsPerInvoke)]
    public void RawTurnEquivalent()
    {
        for (var i = 0; i < OpsPerInvoke; i++)
        {
            var id = $"raw-{++_message}";
            var document = _raw.FindById(BenchmarkStorage.Key(NextIndex()).ToString());
            document["turns"] = document["turns"].AsInt32 + 1;
            _storage.Database.BeginTrans();
            _raw.Update(document);
            _handled.Insert(new BsonDocument { ["_id"] = id, ["at"] = 1L });
            _outbox.Insert(new BsonDocument { ["_id"] = id + ":0", ["text"] = ReplyText });
            _outbox.Insert(new BsonDocument { ["_id"] = id + ":1", ["text"] = ReplyText });
            _storage.Database.Commit();
            _outbox.Delete(id + ":0");
            _outbox.Delete(id + ":1");
        }
    }

    /// <summary>What <c>TurnProcessor.HandleAsync</c> asks of the store: handled check, find, save with two replies.</summary>
    [Benchmark(OperationsPerInvoke = OpsPerInvoke)]
    public async Task FindAndSaveTurn()
    {
        for (var i = 0; i < OpsPerInvoke; i++)
        {
            await SaveTurnAsync();
        }
    }

    /// <summary>A whole turn's storage work, including confirming both replies delivered.</summary>
    [Benchmark(OperationsPerInvoke = OpsPerInvoke)]
    public async Task FindSaveTurnDeliver()
    {
        for (var i = 0; i < OpsPerInvoke; i++)
        {
            var replies = await SaveTurnAsync();
            await _storage.Store.MarkDeliveredAsync(replies[0].Id, CancellationToken.None);
            await _storage.Store.MarkDeliveredAsync(replies[1].Id, CancellationToken.None);
        }
    }

    private async Task<OutboxEntry[]> SaveTurnAsync()
    {
        var key = BenchmarkStorage.Key(NextIndex());
        var messageId = $"{++_message}";
        await _storage.Store.IsHandledAsync(Platform.Telegram, messageId, CancellationToken.None);
        var conversation = (await _storage.Store.FindAsync(key, CancellationToken.None))!;
        var now = conversation.LastActivity.AddSeconds(1);
        OutboxEntry[] replies = [Reply(key, messageId, 0, now), Reply(key, messageId, 1, now)];
        var turn = new StoredTurn(Platform.Telegram, messageId, conversation with { Turns = conversation.Turns + 1, LastActivity = now }, replies);
        await _storage.Store.SaveTurnAsync(turn, CancellationToken.None);
        return replies;
    }

    private int NextIndex() => _next = (_next + 1) % Conversations;

    private static OutboxEntry Reply(ConversationKey key, string messageId, int index, DateTimeOffset now) => new()
    {
        Id = $"Telegram:{messageId}:{index:D2}",
        Key = key,
        ReplyAddress = key.UserId,
        InReplyTo = messageId,
        Message = new OutgoingMessage
        {
            Text = ReplyText,
            Choices = [new("1", "w:1"), new("2", "w:2"), new("3", "w:3"), new("4", "w:4"), new("5", "w:5")],
        },
        CreatedAt = now,
    };
}
