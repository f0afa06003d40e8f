using CareerBot.Core.Messaging;
using CareerBot.Storage.LiteDb.Conversations;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage.LiteDb.Tests.Conversations.Crash;

/// <summary>
/// The child process of <see cref="RepeatedKillTests"/> (<c>crash-writer soak DB USERS</c>): one task per
/// conversation, each continuing from what the file holds, saving turns through the real store and confirming the
/// replies of the turn before last as delivered, as the bot does. Prints "saved USER TURN" after each committed turn
/// and "delivered ENTRY" after each committed delivery, until it is killed.
/// </summary>
internal static class SoakWriter
{
    public static async Task<int> RunAsync(string path, int users)
    {
        using var database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
        var collections = new ConversationCollections(database, new LiteDbWriteGate());
        var options = Options.Create(new ConversationStoreOptions());
        var pruner = new HandledMarkerPruner(collections, options, NullLogger<HandledMarkerPruner>.Instance);
        var checkpointer = new LogCheckpointer(collections, options, NullLogger<LogCheckpointer>.Instance);
        var store = new LiteDbConversationStore(collections, pruner, checkpointer, TimeProvider.System, NullLogger<LiteDbConversationStore>.Instance);
        var pending = (await store.PendingAsync(Platform.Telegram, CancellationToken.None)).ToLookup(e => e.Key.UserId);
        var output = TextWriter.Synchronized(Console.Out);
        await output.WriteLineAsync("ready");
        await output.FlushAsync();

        async Task DeliverAsync(string entryId)
        {
            await store.MarkDeliveredAsync(entryId, CancellationToken.None);
            await output.WriteLineAsync($"delivered {entryId}");
            await output.FlushAsync();
        }

        await Task.WhenAll(Enumerable.Range(0, users).Select(index => Task.Run(async () =>
        {
            var user = CrashTurns.User(index);
            var stored = (await store.FindAsync(new ConversationKey(Platform.Telegram, user), CancellationToken.None))?.Turns ?? 0;
            foreach (var left in pending[user].Where(e => TurnOf(e) <= stored - 2))
            {
                await DeliverAsync(left.Id);
            }

            for (var turn = stored + 1; ; turn++)
            {
                await store.SaveTurnAsync(CrashTurns.Turn(user, turn), CancellationToken.None);
                await output.WriteLineAsync($"saved {user} {turn}");
                await output.FlushAsync();
                if (turn > 2)
                {
                    foreach (var entry in CrashTurns.Turn(user, turn - 2).Outbox)
                    {
                        await DeliverAsync(entry.Id);
                    }
                }

                await Task.Yield();
            }
        })));
        return 0;
    }

    public static int TurnOf(OutboxEntry entry) =>
        int.Parse(entry.InReplyTo.Split('/')[1], System.Globalization.CultureInfo.InvariantCulture);
}
