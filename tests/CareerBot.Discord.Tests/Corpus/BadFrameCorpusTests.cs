using CareerBot.Core.Messaging;
using CareerBot.Corpus;
using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.Discord.Tests.Corpus;

/// <summary>
/// Every malformed gateway frame of the bad-input corpus on a live connection of the whole adapter: each is logged and
/// skipped, the connection stays up (no reconnect), and a direct message right after it is still answered.
/// </summary>
public sealed class BadFrameCorpusTests
{
    private static readonly string[] AlarmIds = [" 5007 ", " 5009 ", " 5013 ", " 5041 "];

    [Fact]
    public async Task Gateway_EveryCorpusFrameThenAMessage_ConnectionStaysUpAndTheMessageIsAnswered()
    {
        await using var sut = new AdapterHarness(_ => [new OutgoingMessage { Text = "ok" }]);
        await sut.StartAsync();
        var cases = BadInputCorpus.RawCases("discord");
        var failures = new List<string>();

        for (var i = 0; i < cases.Count; i++)
        {
            // Fresh interaction ids and tokens, as Discord sends: each has its own callback route.
            await sut.Gateway.SendRawAsync(cases[i].Raw
                .Replace("tok-corpus", "tok-" + Some.Id(), StringComparison.Ordinal)
                .Replace("1300000000000000101", Some.Id(), StringComparison.Ordinal)
                .Replace("1300000000000000201", Some.Id(), StringComparison.Ordinal));
            await sut.DispatchAsync("MESSAGE_CREATE", Some.DirectMessage("sentinel " + i));
            if (!await AnsweredAsync(sut, "sentinel " + i))
            {
                failures.Add($"{cases[i].Id}: the message after it was not answered");
                break; // the connection is gone: later cases would only repeat this
            }
        }

        var logs = sut.Host.Logs.Lines.ToList();
        Assert.True(cases.Count >= 80, $"only {cases.Count} frame cases");
        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n" + string.Join("\n", logs.Where(l => !l.StartsWith("Debug", StringComparison.Ordinal)).TakeLast(5)));
        // No reconnect (5007 lost, 5009 reconnecting), nothing escaped the router (5013) or the adapter (5041).
        var alarms = logs.Where(l => AlarmIds.Any(id => l.Contains(id, StringComparison.Ordinal))).ToList();
        Assert.True(alarms.Count == 0, string.Join("\n", alarms.Select(l => l[..Math.Min(l.Length, 1200)]))); // with the stack trace: where it escaped
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sut.Server.NextConnectionAsync(timeoutMs: 200));
    }

    private static async Task<bool> AnsweredAsync(AdapterHarness sut, string text)
    {
        for (var i = 0; i < 500; i++)
        {
            if (sut.Processor.Received.Any(m => m.Text == text))
            {
                return true;
            }

            sut.Host.Time.Advance(TimeSpan.FromMilliseconds(50)); // rate-limit waits run on the fake clock
            await Task.Delay(5);
        }

        return false;
    }
}
