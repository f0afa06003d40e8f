using CareerBot.Core.Messaging;
using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.Discord.Tests.Adapter;

/// <summary>
/// One person's messages are answered in the order they arrived, with no queue in the adapter (the turn processor
/// orders turns in the order they are handed over), and an interaction's replies wait for its acknowledgement.
/// </summary>
public sealed class TurnOrderTests
{
    [Fact]
    public async Task MessageCreate_TwoBackToBackWhileTheFirstTurnIsSlow_AnsweredInArrivalOrder()
    {
        await using var sut = new AdapterHarness(Script);
        var slow = sut.Processor.Hold("first");
        await sut.StartAsync();

        await sut.DispatchAsync("MESSAGE_CREATE", Some.DirectMessage("first"));
        await sut.DispatchAsync("MESSAGE_CREATE", Some.DirectMessage("second"));
        await WaitUntilAsync(() => sut.Processor.Calls.Count == 2);
        slow.SetResult();
        var replies = await sut.Server.WaitForRequestsAsync(r => r.Is("POST", "channels/"), 2);

        Assert.Equal(["first", "second"], sut.Processor.Calls.Select(m => m.Text));
        Assert.Equal(["Noted: first", "Noted: second"], replies.Select(AdapterHarness.Content));
    }

    [Fact]
    public async Task InteractionThenMessage_AcknowledgementSlow_TurnsKeepArrivalOrderAndRepliesWaitForTheAcknowledgement()
    {
        await using var sut = new AdapterHarness(Script);
        using var acknowledge = new ManualResetEventSlim();
        sut.Server.Handler = r =>
        {
            if (r.Is("POST", "interactions/"))
            {
                acknowledge.Wait(TimeSpan.FromSeconds(10)); // Discord is slow to answer the callback
            }

            return null;
        };
        await sut.StartAsync();

        await sut.DispatchAsync("INTERACTION_CREATE", Some.SlashCommand("risk", options: [new { name = "job", type = 3, value = "nurse" }]));
        await sut.DispatchAsync("MESSAGE_CREATE", Some.DirectMessage("copywriter"));
        await WaitUntilAsync(() => sut.Processor.Received.Count == 2);
        await Task.Delay(200);
        var repliesBeforeAcknowledged = sut.Server.Requests.Count(r => r.Is("POST", "channels/") || r.Path.StartsWith("webhooks/", StringComparison.Ordinal));
        acknowledge.Set();
        await sut.WaitForAsync(r => r.Is("POST", "channels/"));
        var replies = sut.Server.Requests.Where(r => r.Is("POST", "channels/") || r.Path.StartsWith("webhooks/", StringComparison.Ordinal)).ToList();

        Assert.Equal(["/risk nurse", "copywriter"], sut.Processor.Calls.Select(m => m.Text));
        Assert.Equal(0, repliesBeforeAcknowledged);
        Assert.Equal(["PATCH", "POST", "POST"], replies.Select(r => r.Method));
        Assert.Equal(["Risk for: nurse", "Talk about your own job?", "Noted: copywriter"], replies.Select(AdapterHarness.Content));
    }

    private static IReadOnlyList<OutgoingMessage> Script(IncomingMessage message) => message switch
    {
        { Text: { } t } when t.StartsWith("/risk ", StringComparison.Ordinal) => [new OutgoingMessage { Text = "Risk for: " + t[6..] }, new OutgoingMessage { Text = "Talk about your own job?", InvitesPrivateChat = true }],
        { Text: { } t } => [new OutgoingMessage { Text = "Noted: " + t }],
        _ => [],
    };

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.ElapsedMilliseconds < 10000, "condition not met in time");
            await Task.Delay(10);
        }
    }
}
