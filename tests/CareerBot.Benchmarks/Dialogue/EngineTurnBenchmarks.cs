using BenchmarkDotNet.Attributes;
using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Storage.LiteDb.Occupations;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerBot.Benchmarks.Dialogue;

/// <summary>
/// Whole turns through the real host composition (TurnProcessor → DialogueEngine with the real matcher and catalog → LiteDB store,
/// replies confirmed as delivered) against the raw LiteDB read+update of a conversation document, in the same run.
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
    private long _message;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _folder = Directory.CreateTempSubdirectory("careerbot-engine-bench-").FullName;
        _host = CareerBotHost.Build([$"--Storage:DatabasePath={Path.Combine(_folder, "bench.db")}", "--Logging:LogLevel:Default=Warning"]);
        await _host.Services.GetRequiredService<OccupationData>().EnsureReadyAsync(CancellationToken.None);
        _turns = _host.Services.GetRequiredService<ITurnProcessor>();
        for (var person = 0; person < People; person++)
        {
            await TurnAsync(person);
        }

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
        for (var i = 0; i < OpsPerInvoke; i++)
        {
            await TurnAsync(NextPerson());
        }
    }

    private async Task TurnAsync(int person)
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
        foreach (var reply in await _turns.HandleAsync(message, CancellationToken.None))
        {
            await _turns.ConfirmDeliveredAsync(reply, CancellationToken.None);
        }
    }

    private int NextPerson() => _next++ % People;

    private static ConversationKey Key(int person) => new(Platform.Telegram, $"{200_000_000 + person}");
}
