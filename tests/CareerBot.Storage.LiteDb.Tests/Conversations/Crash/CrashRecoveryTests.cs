using System.Collections.Concurrent;
using System.Diagnostics;
using CareerBot.Core.Messaging;
using Xunit.Abstractions;

namespace CareerBot.Storage.LiteDb.Tests.Conversations.Crash;

public sealed class CrashRecoveryTests(ITestOutputHelper output) : IDisposable
{
    private const int Users = 60;
    private const int Workers = 8;
    private const int SavedBeforeKill = 1_500;
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task SaveTurnAsync_ProcessKilledMidWrite_EveryStoredConversationIntactAndEveryReportedTurnKept()
    {
        _db.Database.Dispose();
        var reported = new ConcurrentDictionary<string, int>();
        var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        using (var child = StartWriter(reported, enough))
        {
            await enough.Task.WaitAsync(TimeSpan.FromSeconds(90));
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }

        var logBytes = File.Exists(_db.LogPath) ? new FileInfo(_db.LogPath).Length : 0;
        _db.Reopen();
        var unacknowledged = 0;
        var sut = _db.CreateStore();
        var pending = (await sut.PendingAsync(Platform.Telegram, CancellationToken.None)).ToLookup(e => e.Key.UserId);
        for (var index = 0; index < Users; index++)
        {
            var user = CrashTurns.User(index);
            var acknowledged = reported.GetValueOrDefault(user);
            var stored = await sut.FindAsync(new ConversationKey(Platform.Telegram, user), CancellationToken.None);
            var turns = stored?.Turns ?? 0;

            // A turn acknowledged before the kill is kept; at most the one in flight is there unacknowledged.
            Assert.InRange(turns, acknowledged, acknowledged + 1);
            unacknowledged += turns - acknowledged;
            if (stored is not null)
            {
                ConversationAssert.Equal(CrashTurns.Conversation(user, turns), stored);
            }

            // Marker and replies were written with the conversation, or not at all.
            Assert.Equal(turns > 0, await sut.IsHandledAsync(Platform.Telegram, CrashTurns.MessageId(user, turns), CancellationToken.None));
            Assert.False(await sut.IsHandledAsync(Platform.Telegram, CrashTurns.MessageId(user, turns + 1), CancellationToken.None));
            var replies = pending[user].ToList();
            Assert.Equal(2 * turns, replies.Count);
            foreach (var reply in replies)
            {
                var expected = CrashTurns.Turn(user, int.Parse(reply.InReplyTo.Split('/')[1], System.Globalization.CultureInfo.InvariantCulture)).Outbox;
                ConversationAssert.Equal(Assert.Single(expected, e => e.Id == reply.Id), reply);
            }
        }

        output.WriteLine($"acknowledged turns: {reported.Values.Sum()}, stored but unacknowledged: {unacknowledged}, log file at kill: {logBytes} bytes");
        Assert.True(reported.Values.Sum() >= SavedBeforeKill);
    }

    private Process StartWriter(ConcurrentDictionary<string, int> reported, TaskCompletionSource enough)
    {
        var assembly = typeof(CrashWriter).Assembly.Location;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { assembly, "crash-writer", _db.Path, $"{Users}", $"{Workers}" })
        {
            start.ArgumentList.Add(arg);
        }

        var child = new Process { StartInfo = start };
        var saved = 0;
        child.OutputDataReceived += (_, e) =>
        {
            var parts = e.Data?.Split(' ');
            if (parts is ["saved", var user, var turn])
            {
                reported.AddOrUpdate(user, _ => int.Parse(turn, System.Globalization.CultureInfo.InvariantCulture), (_, old) => Math.Max(old, int.Parse(turn, System.Globalization.CultureInfo.InvariantCulture)));
                if (Interlocked.Increment(ref saved) >= SavedBeforeKill)
                {
                    enough.TrySetResult();
                }
            }
        };
        child.ErrorDataReceived += (_, e) =>
        {
            if (!string.IsNullOrEmpty(e.Data))
            {
                enough.TrySetException(new InvalidOperationException("crash writer failed: " + e.Data));
            }
        };
        child.Start();
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        return child;
    }
}
