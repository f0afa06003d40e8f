using CareerBot.Storage.LiteDb.Conversations;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.LiteDb.Tests.Conversations.Crash;

/// <summary>
/// Entry point of the test assembly when run as a process (<c>dotnet CareerBot.Storage.LiteDb.Tests.dll crash-writer DB USERS WORKERS</c>):
/// writes turns from many tasks until killed, printing "saved USER TURN" after each committed turn.
/// The test runner never calls it; <see cref="CrashRecoveryTests"/> starts it and kills it with SIGKILL
/// (and <see cref="RepeatedKillTests"/> runs its "soak" mode, <see cref="SoakWriter"/>).
/// </summary>
internal static class CrashWriter
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["crash-writer", "soak", var path, var count])
        {
            return await SoakWriter.RunAsync(path, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (args.Length != 4 || args[0] != "crash-writer")
        {
            await Console.Error.WriteLineAsync("usage: crash-writer DB USERS WORKERS | crash-writer soak DB USERS");
            return 2;
        }

        var users = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
        var workers = int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture);
        using var database = new LiteDatabase(new ConnectionString { Filename = args[1], Connection = ConnectionType.Direct });
        var collections = new ConversationCollections(database, new LiteDbWriteGate());
        var options = Options.Create(new ConversationStoreOptions());
        var pruner = new HandledMarkerPruner(collections, options, NullLogger<HandledMarkerPruner>.Instance);
        var checkpointer = new LogCheckpointer(collections, options, NullLogger<LogCheckpointer>.Instance);
        var store = new LiteDbConversationStore(collections, pruner, checkpointer, TimeProvider.System, NullLogger<LiteDbConversationStore>.Instance);
        var output = TextWriter.Synchronized(Console.Out);
        await output.WriteLineAsync("ready");
        await output.FlushAsync();

        // Each worker owns every workers-th person, so turns of one person stay in order.
        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            for (var turn = 1; ; turn++)
            {
                for (var user = worker; user < users; user += workers)
                {
                    var name = CrashTurns.User(user);
                    await store.SaveTurnAsync(CrashTurns.Turn(name, turn), CancellationToken.None);
                    await output.WriteLineAsync($"saved {name} {turn}");
                    await output.FlushAsync();
                }
            }
        })));
        return 0;
    }
}
