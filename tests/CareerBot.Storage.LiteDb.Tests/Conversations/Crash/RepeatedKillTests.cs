using System.Diagnostics;
using CareerBot.Core.Messaging;
using Xunit.Abstractions;

namespace CareerBot.Storage.LiteDb.Tests.Conversations.Crash;

/// <summary>
/// The LiteDB soak (issue 7): 50 conversations written concurrently through the real store by a child process that is
/// SIGKILLed at a random moment, restarted on the same file and killed again, many times. After every kill the file
/// opens and is checked whole against what the child reported as committed. CAREERBOT_SOAK=full for 25 kills.
/// </summary>
[Trait("Category", "SoakLiteDb")]
public sealed class RepeatedKillTests(ITestOutputHelper output) : IDisposable
{
    private const int Users = 50;
    private readonly TestDatabase _db = new();
    private readonly bool _full = string.Equals(Environment.GetEnvironmentVariable("CAREERBOT_SOAK"), "full", StringComparison.OrdinalIgnoreCase);

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task SaveTurnAsync_ManyConversationsKilledAgainAndAgain_FileOpensAndKeepsEveryCommittedTurn()
    {
        _db.Database.Dispose();
        var kills = _full ? 25 : 4;
        var random = new Random(77);
        var model = new CommittedModel(Users);
        var clock = Stopwatch.StartNew();
        var checks = new List<KillCheck>();
        for (var kill = 1; kill <= kills; kill++)
        {
            // A kill after somewhere between a handful and several hundred committed writes.
            var writes = await RunAndKillAsync(model, random.Next(20, _full ? 900 : 500));
            var logBytes = File.Exists(_db.LogPath) ? new FileInfo(_db.LogPath).Length : 0;
            _db.Reopen();
            var check = await model.VerifyAsync(_db.CreateStore(), _db.Database, logBytes);
            _db.Database.Dispose();
            checks.Add(check with { Kill = kill, WritesReported = writes });
        }

        clock.Stop();
        var report = CommittedModel.Report(checks, Users, clock.Elapsed, _full);
        output.WriteLine(report);
        ArtifactFile.Write("litedb.md", report);
        Assert.Equal(kills, checks.Count);
        Assert.True(checks[^1].TurnsStored >= kills * 10, "the writer made real progress between kills");
    }

    private async Task<int> RunAndKillAsync(CommittedModel model, int writesBeforeKill)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { typeof(CrashWriter).Assembly.Location, "crash-writer", "soak", _db.Path, $"{Users}" })
        {
            start.ArgumentList.Add(arg);
        }

        var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writes = 0;
        using var child = new Process { StartInfo = start };
        child.OutputDataReceived += (_, e) =>
        {
            if (model.Observe(e.Data) && Interlocked.Increment(ref writes) >= writesBeforeKill)
            {
                enough.TrySetResult();
            }
        };
        child.ErrorDataReceived += (_, e) =>
        {
            if (!string.IsNullOrEmpty(e.Data))
            {
                enough.TrySetException(new InvalidOperationException("soak writer failed: " + e.Data));
            }
        };
        child.Start();
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        await enough.Task.WaitAsync(TimeSpan.FromSeconds(90));
        child.Kill(entireProcessTree: true);
        await child.WaitForExitAsync();
        output.WriteLine($"killed after {Volatile.Read(ref writes)} reported writes");
        return Volatile.Read(ref writes);
    }
}
