using CareerBot.Core.Messaging;
using CareerBot.Discord.Delivery;
using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.Discord.Tests.Adapter;

/// <summary>What keeps a reply from reaching a person twice when the bot is killed or the gateway replays events.</summary>
public sealed class RedeliveryTests
{
    [Fact]
    public async Task DmReply_AnyAttempt_CarriesTheEntrysNonceWithEnforceNonce()
    {
        await using var sut = new AdapterHarness(Echo);
        await sut.StartAsync();

        await sut.DispatchAsync("MESSAGE_CREATE", Some.DirectMessage("hi", id: "1310000000000000042"));
        var sent = await sut.WaitForAsync(r => r.Is("POST", $"channels/{Some.DmChannel}/messages"));

        Assert.Equal(DeliveryNonce.For("Discord:1310000000000000042:00", 0), sent.Json.GetProperty("nonce").GetString());
        Assert.True(sent.Json.GetProperty("enforce_nonce").GetBoolean());
    }

    [Fact]
    public async Task Start_FirstInteractionAnswerLeftInOutbox_FillsTheDeferredOriginal()
    {
        await using var sut = new AdapterHarness(Echo);
        var address = ReplyAddress.Interaction(Some.BotId, "tok-left", Some.GuildChannel, ephemeral: false, originalPending: true, Core.Texts.Language.English).Format();
        var before = new IncomingMessage { Key = new(Platform.Discord, Some.UserId), MessageId = "old", ReplyAddress = address, IsDirect = false, Text = "/risk nurse" };
        sut.Store.AddPending(ScriptedTurnProcessor.Entry(before, new OutgoingMessage { Text = "Nurses: low risk" }, 0) with { IsFirstAnswer = true });

        await sut.StartAsync();
        var sent = await sut.WaitForAsync(r => r.Path.StartsWith($"webhooks/{Some.BotId}/tok-left", StringComparison.Ordinal));

        Assert.Equal("PATCH", sent.Method);
        Assert.EndsWith("/messages/@original", sent.Path, StringComparison.Ordinal);
        Assert.False(sent.Json.TryGetProperty("nonce", out _));
    }

    [Fact]
    public async Task InteractionCreate_ReplayedAfterResume_AcknowledgedAndAnsweredOnce()
    {
        await using var sut = new AdapterHarness(Echo);
        await sut.StartAsync();
        var replayed = Some.SlashCommand("risk", options: [new { type = 3, name = "job", value = "nurse" }]);
        var later = Some.SlashCommand("risk", options: [new { type = 3, name = "job", value = "baker" }]);

        await sut.DispatchAsync("INTERACTION_CREATE", replayed);
        await sut.DispatchAsync("INTERACTION_CREATE", replayed);
        await sut.DispatchAsync("INTERACTION_CREATE", later);
        await sut.WaitForAsync(r => r.Is("PATCH", "webhooks/"), 2);
        await sut.WaitForAsync(r => r.Is("POST", "interactions/"), 2);

        Assert.Equal(2, sut.Server.Requests.Count(r => r.Is("POST", "interactions/")));
        Assert.Equal(2, sut.Server.Requests.Count(r => r.Is("PATCH", "webhooks/")));
        Assert.Equal(["/risk nurse", "/risk baker"], sut.Processor.Received.Select(m => m.Text));
    }

    [Fact]
    public async Task ServerError_ReplyThatFailedForNow_IsSentAgainWithTheSameNonceAndConfirmed()
    {
        await using var sut = new AdapterHarness(Echo);
        var failures = 0;
        sut.Server.Handler = r => r.Is("POST", "channels/") && Interlocked.Increment(ref failures) == 1
            ? new FakeResponse(500, """{"message": "500: Internal Server Error", "code": 0}""")
            : null;
        await sut.StartAsync();

        await sut.DispatchAsync("MESSAGE_CREATE", Some.DirectMessage("hi", id: "1310000000000000050"));
        var first = await sut.WaitForAsync(r => r.Is("POST", "channels/"));
        var retried = await sut.Host.Time.AdvanceUntilAsync(sut.WaitForAsync(r => r.Is("POST", "channels/"), 2), TimeSpan.FromSeconds(1));

        Assert.Equal("Heard: hi", AdapterHarness.Content(retried));
        Assert.Equal(first.Json.GetProperty("nonce").GetString(), retried.Json.GetProperty("nonce").GetString());
        await WaitUntilAsync(() => sut.Processor.Confirmed.Contains("Discord:1310000000000000050:00"));
    }

    [Fact]
    public async Task Start_RecoveredReplyStillInFlight_IsSentOnceAndBeforeTheNextTurnsReply()
    {
        await using var sut = new AdapterHarness(Echo);
        var before = new IncomingMessage { Key = new(Platform.Discord, Some.UserId), MessageId = "old", ReplyAddress = $"c|{Some.DmChannel}", IsDirect = true, Text = "x" };
        sut.Store.AddPending(ScriptedTurnProcessor.Entry(before, new OutgoingMessage { Text = "Sorry for the wait" }, 0));
        sut.Server.Handler = r => r.Is("POST", "channels/") ? sut.Server.DefaultResponse(r) with { Latency = TimeSpan.FromMilliseconds(500) } : null;

        await sut.StartAsync();
        await sut.WaitForAsync(r => r.Is("POST", "channels/")); // the recovered reply, still waiting for its answer
        await sut.DispatchAsync("MESSAGE_CREATE", Some.DirectMessage("hi"));
        await sut.WaitForAsync(r => r.Is("POST", "channels/") && AdapterHarness.Content(r) == "Heard: hi");

        Assert.Equal(["Sorry for the wait", "Heard: hi"], sut.Server.Requests.Where(r => r.Is("POST", "channels/")).Select(AdapterHarness.Content));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.ElapsedMilliseconds < 10000, "condition not met in time");
            await Task.Delay(10);
        }
    }

    private static IReadOnlyList<OutgoingMessage> Echo(IncomingMessage message) => [new OutgoingMessage { Text = "Heard: " + message.Text }];
}
