using BenchmarkDotNet.Attributes;
using CareerBot.ConsoleChat;
using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Storage.LiteDb.Occupations;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerBot.Benchmarks.Dialogue;

/// <summary>
/// Whole turns through the real host composition (TurnProcessor → DialogueEngine with the real matcher and catalog → LiteDB store,
/// replies sent through the dispatcher and confirmed as delivered) against the raw LiteDB read+update of a conversation document, in the same run.
/// Each op is one turn; turns/s = 1 s / mean. Target: turns ≥ 0.7 × raw.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
public class EngineTurnBenchmarks
{
    private const int People = 500;
    private const int OpsPerInvoke = 200;

    /// <summary>One interview as people type and press it; each person loops through it.</summary>
    private static readonly (string? Text, string? Payload)[] Script =
    [
        ("hi", null), (null, "go:start"), ("I'm a freelance copywriter", null), (null, "job:27-3043"), (null, "worry:4"),
        (null, "note:skip"), (null, "goal:adapt"), (null, "story:yes"), (null, "wrap:story"), ("/restart", null),
    ];

    private string _folder = null!;
    private IHost _host = null!;
    private ITurnProcessor _turns = null!;
    private ILiteCollection<BsonDocument> _raw = null!;
    private readonly int[] _position = new int[People];
    private int _next;
    private readonly List<Task> _unsettled = [];
    private long _message;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _folder = Directory.CreateTempSubdirectory("careerbot-engine-bench-").FullName;
        _host = CareerBotHost.Build([$"--Storage:DatabasePath={Path.Combine(_folder, "bench.db")}", "--Logging:LogLevel:Default=Warning"]);
        await _host.Services.GetRequiredService<OccupationData>().EnsureReadyAsync(CancellationToken.None);
        _turns = _host.Services.GetRequiredService<ITurnProcessor>();

        // Replies go through the real dispatcher to the console sender, printing nowhere: the confirmations are real writes.
        _host.Services.GetRequiredService<ConsoleReplySender>().Attach(TextWriter.Null);
        var delivered = new List<Task>();
        for (var person = 0; person < People; person++)
        {
            delivered.Add(await TurnAsync(person));
        }

        await Task.WhenAll(delivered);

        _raw = _host.Services.GetRequiredService<ILiteDatabase>().GetCollection("conversations");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _host.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = OpsPerInvoke)]
    public void RawFindByIdAndUpdate()
    {
        for (var i = 0; i < OpsPerInvoke; i++)
        {
            var document = _raw.FindById(Key(NextPerson()).ToString());
            document["turns"] = document["turns"].AsInt32 + 1;
            _raw.Update(document);
        }
    }

    [Benchmark(OperationsPerInvoke = OpsPerInvoke)]
    public async Task EngineTurnWithStore()
    {
        // Each turn is stored before the next starts; its replies' confirmations are written meanwhile (batched) and
        // awaited at the end, so their cost is in the figure.
        var delivered = new Task[OpsPerInvoke];
        for (var i = 0; i < OpsPerInvoke; i++)
        {
            delivered[i] = await TurnAsync(NextPerson());
        }

        await Task.WhenAll(delivered);
    }

    private async Task<Task> TurnAsync(int person)
    {
        var (text, payload) = Script[_position[person]++ % Script.Length];
        var message = new IncomingMessage
        {
            Key = Key(person),
            MessageId = $"bench-{++_message}",
            ReplyAddress = "bench",
            IsDirect = true,
            Text = text,
            ChoicePayload = payload,
        };
        return (await _turns.HandleAsync(message, CancellationToken.None)).Delivered;
    }

    /// <summary>The turn alone (one read, the engine, one write): its replies' sends and confirmations settle outside the timing.</summary>
    [Benchmark(OperationsPerInvoke = OpsPerInvoke)]
    public async Task EngineTurnStoredOnly()
    {
        for (var i = 0; i < OpsPerInvoke; i++)
        {
            _unsettled.Add(await TurnAsync(NextPerson()));
        }
    }

    [IterationCleanup(Target = nameof(EngineTurnStoredOnly))]
    public void Settle()
    {
        Task.WhenAll(_unsettled).GetAwaiter().GetResult();
        _unsettled.Clear();
    }

    private int NextPerson() => _next++ % People;

    private static ConversationKey Key(int person) => new(Platform.Console, $"{200_000_000 + person}");
}
