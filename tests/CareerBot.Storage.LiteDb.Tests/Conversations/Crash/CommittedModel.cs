using System.Globalization;
using System.Text;
using CareerBot.Core.Messaging;
using CareerBot.Storage.LiteDb.Conversations;
using LiteDB;

namespace CareerBot.Storage.LiteDb.Tests.Conversations.Crash;

/// <summary>
/// What the soak writer reported as committed, across all its lives, and the check of the file against it: every
/// reported turn is there (at most one more, the one the kill cut short), intact, with its handled marker; every
/// reported delivery stays delivered; every other reply of a stored turn is still in the outbox, intact.
/// </summary>
internal sealed class CommittedModel(int users)
{
    private readonly Lock _gate = new();
    private readonly int[] _acknowledged = new int[users];
    private readonly HashSet<string> _delivered = new(StringComparer.Ordinal);

    /// <summary>Takes one line of the writer's output; true when it reported a committed write.</summary>
    public bool Observe(string? line)
    {
        var parts = line?.Split(' ');
        lock (_gate)
        {
            switch (parts)
            {
                case ["saved", var user, var turn]:
                    var index = int.Parse(user[(user.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture);
                    _acknowledged[index] = Math.Max(_acknowledged[index], int.Parse(turn, CultureInfo.InvariantCulture));
                    return true;
                case ["delivered", var id]:
                    _delivered.Add(id);
                    return true;
                default:
                    return false;
            }
        }
    }

    public async Task<KillCheck> VerifyAsync(LiteDbConversationStore store, ILiteDatabase database, long logBytes)
    {
        var pending = (await store.PendingAsync(Platform.Telegram, CancellationToken.None)).ToLookup(e => e.Key.UserId);
        int conversations = 0, turnsStored = 0, repliesPending = 0, storedUnreported = 0, deliveredUnreported = 0;

        // The writer has exited and its output is drained, so nothing calls Observe while this runs.
        for (var index = 0; index < _acknowledged.Length; index++)
        {
            var user = CrashTurns.User(index);
            var stored = await store.FindAsync(new ConversationKey(Platform.Telegram, user), CancellationToken.None);
            var turns = stored?.Turns ?? 0;
            Assert.InRange(turns, _acknowledged[index], _acknowledged[index] + 1);
            storedUnreported += turns - _acknowledged[index];
            _acknowledged[index] = turns; // the next life continues from the file
            if (stored is not null)
            {
                conversations++;
                ConversationAssert.Equal(CrashTurns.Conversation(user, turns), stored);
            }

            for (var turn = 1; turn <= turns + 1; turn++)
            {
                Assert.Equal(turn <= turns, await store.IsHandledAsync(Platform.Telegram, CrashTurns.MessageId(user, turn), CancellationToken.None));
            }

            var waiting = pending[user].ToDictionary(e => e.Id, StringComparer.Ordinal);
            var missing = 0;
            foreach (var expected in Enumerable.Range(1, turns).SelectMany(t => CrashTurns.Turn(user, t).Outbox))
            {
                if (waiting.Remove(expected.Id, out var found))
                {
                    Assert.DoesNotContain(expected.Id, _delivered); // a confirmed delivery never comes back
                    ConversationAssert.Equal(expected, found);
                    repliesPending++;
                }
                else if (_delivered.Add(expected.Id))
                {
                    missing++; // delivered, but the kill cut off the line saying so
                }
            }

            Assert.Empty(waiting); // nothing in the outbox that no stored turn wrote
            Assert.InRange(missing, 0, 1);
            deliveredUnreported += missing;
            turnsStored += turns;
        }

        // Read every document of every collection: a damaged page or index fails here.
        Assert.Equal(conversations, database.GetCollection(ConversationCollections.ConversationsName).FindAll().Count());
        Assert.Equal(turnsStored, database.GetCollection(ConversationCollections.HandledName).FindAll().Count());
        Assert.Equal(repliesPending, database.GetCollection(ConversationCollections.OutboxName).FindAll().Count());
        return new KillCheck(0, 0, conversations, turnsStored, repliesPending, storedUnreported, deliveredUnreported, logBytes);
    }

    public static string Report(IReadOnlyList<KillCheck> checks, int users, TimeSpan wall, bool full)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"## LiteDB kill soak ({(full ? "full" : "short")})");
        text.AppendLine();
        text.AppendLine(inv, $"{users} conversations written concurrently through LiteDbConversationStore by a child process, SIGKILLed {checks.Count} times at random moments (after 20–900 reported writes) and restarted on the same file; the whole file checked after every kill.");
        text.AppendLine();
        text.AppendLine("| Kills | Turns verified (sum of checks) | Turns stored at end | Replies pending at end | Turns committed but unreported at kill | Deliveries committed but unreported | Largest -log file | Corrupt or lost | Wall time |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        text.AppendLine(inv, $"| {checks.Count} | {checks.Sum(c => c.TurnsStored)} | {checks[^1].TurnsStored} | {checks[^1].RepliesPending} | {checks.Sum(c => c.StoredUnreported)} | {checks.Sum(c => c.DeliveredUnreported)} | {checks.Max(c => c.LogBytes) / 1024} KB | 0 | {wall.TotalSeconds:F0} s |");
        return text.ToString();
    }
}
