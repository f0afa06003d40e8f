using BenchmarkDotNet.Attributes;
using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using LiteDB;

namespace CareerBot.Benchmarks.Conversations;

/// <summary>
/// The price of /forget (delete + checkpoint: the checkpoint copies the log into the data file under an exclusive lock,
/// so this is how long every other turn stalls) on a file that also holds 1,000 occupation-sized documents and
/// 10,000 conversations, with up to 190 turns of other people in the log (the store forces a checkpoint every 200 turns).
/// The alternative, <c>Rebuild()</c>, is not measured: in LiteDB 5.0.19–5.0.21 it throws "Detected loop in FindAll"
/// on any collection with a secondary index over 2,550 documents and closes the engine (litedb-org/LiteDB#2827).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class ForgetBenchmarks
{
    private BenchmarkStorage _storage = null!;
    private int _round;

    [Params(10, 190)]
    public int OtherTurnsInLog { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _storage = new BenchmarkStorage();
        _storage.Database.CheckpointSize = 0; // only the store's own checkpoints, so the log holds what the setup wrote
        var occupations = _storage.Database.GetCollection("bench_occupations");
        occupations.InsertBulk(Enumerable.Range(0, 1_000).Select(i => new BsonDocument
        {
            ["_id"] = $"{11 + (i % 43)}-{1000 + i}",
            ["title"] = $"Occupation {i}",
            ["titles"] = new BsonArray(Enumerable.Range(0, 60).Select(t => new BsonValue($"alternate title {t} of occupation {i}"))),
            ["frey"] = i / 1000.0,
        }));
        await _storage.SeedAsync(10_000, CancellationToken.None);
    }

    [GlobalCleanup]
    public void Cleanup() => _storage.Dispose();

    [IterationSetup]
    public void PrepareOnePerson()
    {
        _round++;
        var now = DateTimeOffset.UnixEpoch.AddDays(_round);
        _storage.Database.Checkpoint();
        for (var i = 0; i < OtherTurnsInLog; i++)
        {
            var other = BenchmarkStorage.Conversation(i * 97 % 10_000, now);
            Save(new StoredTurn(Platform.Telegram, $"other-{_round}-{i}", other, []));
        }

        var person = BenchmarkStorage.Conversation(20_000 + _round, now) with { WorryNote = new string('w', 2_000) };
        Save(new StoredTurn(Platform.Telegram, $"person-{_round}", person, []));
    }

    [Benchmark]
    public Task ForgetWithCheckpoint() => _storage.Store.ForgetAsync(BenchmarkStorage.Key(20_000 + _round), CancellationToken.None);

    // [IterationSetup] must be void; the LiteDB store completes its tasks synchronously, so this never blocks on I/O waits.
    private void Save(StoredTurn turn) => _storage.Store.SaveTurnAsync(turn, CancellationToken.None).GetAwaiter().GetResult();
}
