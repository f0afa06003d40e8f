using System.Diagnostics;
using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Storage.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CareerBot.Benchmarks.Conversations;

/// <summary>
/// A turn's storage work (LoadTurnAsync, then SaveTurnAsync with the version it read and two replies; then both replies
/// confirmed in one MarkDeliveredAsync) on LiteDB and on PostgreSQL, one after another and from 16 tasks at once:
/// latency p50/p99 and turns per second, which BenchmarkDotNet's means do not show.
/// <c>dotnet run -c Release --project tests/CareerBot.Benchmarks -- turns [connection string]</c>; without one, a
/// throwaway cluster is started with tests/postgres/cluster.sh (CAREERBOT_TEST_POSTGRES is used when set).
/// </summary>
public static class TurnSaveLatency
{
    private const int Conversations = 1_000;
    private const int SequentialTurns = 2_000;
    private const int ConcurrentTurns = 4_000;
    private const int Workers = 16;

    public static async Task RunAsync(TextWriter output, string? connectionString)
    {
        using var lite = new BenchmarkStorage();
        await MeasureAsync(output, "LiteDB", lite.Store);

        string? cluster = null;
        connectionString ??= System.Environment.GetEnvironmentVariable("CAREERBOT_TEST_POSTGRES");
        if (string.IsNullOrEmpty(connectionString))
        {
            connectionString = cluster = await ClusterAsync("start");
        }

        var database = "careerbot_bench_" + Guid.NewGuid().ToString("N")[..12];
        await AdminAsync(connectionString, $"CREATE DATABASE {database}");
        try
        {
            var services = new ServiceCollection();
            services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:CareerBot"] = new NpgsqlConnectionStringBuilder(connectionString) { Database = database }.ConnectionString,
            }).Build());
            services.AddLogging();
            services.AddPostgresStorage();
            await using (var provider = services.BuildServiceProvider())
            {
                await MeasureAsync(output, "PostgreSQL", provider.GetRequiredService<IConversationStore>());
            }
        }
        finally
        {
            await AdminAsync(connectionString, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            if (cluster is not null)
            {
                await ClusterAsync("stop", cluster);
            }
        }
    }

    private static async Task MeasureAsync(TextWriter output, string name, IConversationStore store)
    {
        var now = new DateTimeOffset(2026, 2, 11, 9, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < Conversations; i++)
        {
            await store.SaveTurnAsync(new StoredTurn(Platform.Telegram, $"seed-{i}", BenchmarkStorage.Conversation(i, now), []), CancellationToken.None);
        }

        var message = 0L;
        async Task<double> TurnAsync(int index)
        {
            var started = Stopwatch.GetTimestamp();
            var key = BenchmarkStorage.Key(index);
            var messageId = $"m{Interlocked.Increment(ref message)}";
            var start = await store.LoadTurnAsync(key, messageId, CancellationToken.None);
            var conversation = start.Conversation! with { Turns = start.Conversation!.Turns + 1 };
            OutboxEntry[] replies = [Reply(key, messageId, 0, now), Reply(key, messageId, 1, now)];
            var result = await store.SaveTurnAsync(new StoredTurn(Platform.Telegram, messageId, conversation, replies, start.Version), CancellationToken.None);
            if (result != TurnSaveResult.Saved)
            {
                throw new InvalidOperationException($"{name}: a turn was {result}");
            }

            var saved = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            await store.MarkDeliveredAsync([replies[0].Id, replies[1].Id], CancellationToken.None);
            return saved;
        }

        // Warm-up: connections, JIT, statement preparation.
        for (var i = 0; i < 200; i++)
        {
            await TurnAsync(i % Conversations);
        }

        var sequential = new List<double>(SequentialTurns);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < SequentialTurns; i++)
        {
            sequential.Add(await TurnAsync(i % Conversations));
        }

        Report(output, name, "one at a time", sequential, clock.Elapsed);

        // Each task keeps to its own conversations, as turns of one person never run at once.
        var concurrent = new List<double>(ConcurrentTurns);
        clock.Restart();
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            var mine = new List<double>();
            for (var i = 0; i < ConcurrentTurns / Workers; i++)
            {
                mine.Add(await TurnAsync(worker * (Conversations / Workers) + i % (Conversations / Workers)));
            }

            lock (concurrent)
            {
                concurrent.AddRange(mine);
            }
        })));
        Report(output, name, $"{Workers} tasks at once", concurrent, clock.Elapsed);
    }

    private static void Report(TextWriter output, string name, string how, List<double> samples, TimeSpan elapsed)
    {
        samples.Sort();
        output.WriteLine(
            $"{name,-10} {how,-16} {samples.Count} turns: load+save p50 {Percentile(samples, 0.50):F2} ms, p90 {Percentile(samples, 0.90):F2} ms, "
            + $"p99 {Percentile(samples, 0.99):F2} ms; {samples.Count / elapsed.TotalSeconds:F0} turns/s with the confirmation");
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];

    private static OutboxEntry Reply(ConversationKey key, string messageId, int index, DateTimeOffset now) => new()
    {
        Id = $"Telegram:{messageId}:{index:D2}",
        Key = key,
        ReplyAddress = key.UserId,
        InReplyTo = messageId,
        Message = new OutgoingMessage
        {
            Text = "How worried are you that AI will change your work? Pick a number from 1 (not at all) to 5 (very).",
            Choices = [new("1", "w:1"), new("2", "w:2"), new("3", "w:3"), new("4", "w:4"), new("5", "w:5")],
        },
        CreatedAt = now,
    };

    private static async Task AdminAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> ClusterAsync(string verb, string? folder = null)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "CareerBot.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Run from the repository (tests/postgres/cluster.sh), or pass a connection string.");
        }

        var start = new ProcessStartInfo(Path.Combine(root, "tests", "postgres", "cluster.sh")) { RedirectStandardOutput = true };
        start.ArgumentList.Add(verb);
        if (folder is not null)
        {
            start.ArgumentList.Add(folder);
        }

        using var process = Process.Start(start)!;
        var printed = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? printed.Trim() : throw new InvalidOperationException($"cluster.sh {verb} failed");
    }
}
