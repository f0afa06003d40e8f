using CareerBot.Core.Conversations;
using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging;
using CareerBot.Storage.LiteDb;
using LiteDB;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Benchmarks.Conversations;

/// <summary>The real storage registration on a fresh LiteDB file in a temporary folder.</summary>
internal sealed class BenchmarkStorage : IDisposable
{
    private readonly ServiceProvider _provider;

    public BenchmarkStorage()
    {
        Folder = Directory.CreateTempSubdirectory("careerbot-bench-").FullName;
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DatabasePath"] = Path.Combine(Folder, "bench.db") })
            .Build());
        services.AddLogging();
        services.AddLiteDbStorage();
        _provider = services.BuildServiceProvider();
        Store = _provider.GetRequiredService<IConversationStore>();
        Database = _provider.GetRequiredService<ILiteDatabase>();
        Discussions = _provider.GetRequiredService<IDiscussionStore>();
    }

    public string Folder { get; }

    public IConversationStore Store { get; }

    public ILiteDatabase Database { get; }

    public IDiscussionStore Discussions { get; }

    public static ConversationKey Key(int index) => new(Platform.Telegram, $"{100_000_000 + index}");

    /// <summary>A mid-interview conversation of realistic size.</summary>
    public static Conversation Conversation(int index, DateTimeOffset now) => new()
    {
        Key = Key(index),
        Step = DialogueStep.Goal,
        CurrentSoc = "27-3043",
        Candidates = ["27-3043", "27-3041", "27-3042"],
        CandidateIscos = ["2641", "2642", ""],
        WorryLevel = 4,
        WorryNote = "That clients will just ask a chatbot for their copy and I will have to find something else to do.",
        KeepNotes = true,
        StoriesTold = ["copywriter-therapist"],
        StartedAt = now,
        LastActivity = now,
        Turns = 5,
    };

    public async Task SeedAsync(int conversations, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UnixEpoch;
        for (var i = 0; i < conversations; i++)
        {
            await Store.SaveTurnAsync(new StoredTurn(Platform.Telegram, $"seed-{i}", Conversation(i, now), []), cancellationToken);
        }
    }

    public void Dispose()
    {
        _provider.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
