using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;
using CareerBot.Discord.Delivery;
using CareerBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Discord.Tests.Delivery;

/// <summary>One stored reply → the REST calls it becomes, and the outcome the dispatcher gets. Private chats: see DiscordReplySenderPrivateChatTests.</summary>
public sealed class DiscordReplySenderTests : IAsyncLifetime
{
    private readonly DiscordTestHost _host = new(services => services.AddDiscordAdapter());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SendAsync_FirstAnswerToADeferredInteraction_FillsTheOriginal()
    {
        var sut = CreateSut();

        var outcome = await sut.SendAsync(Some.Reply(Some.SlashAddress("tok-a"), Text("Nurses: low risk"), "t1", firstAnswer: true), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        var request = Assert.Single(_host.Server.Requests);
        Assert.Equal(("PATCH", $"webhooks/{Some.BotId}/tok-a/messages/@original"), (request.Method, request.Path));
        Assert.False(request.Json.TryGetProperty("nonce", out _));
    }

    [Fact]
    public async Task SendAsync_LaterAnswerToADeferredInteraction_PostsAFollowUp()
    {
        var sut = CreateSut();

        var outcome = await sut.SendAsync(Some.Reply(Some.SlashAddress("tok-b"), Text("More stories?"), "t2", index: 1), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        Assert.True(Assert.Single(_host.Server.Requests).Is("POST", $"webhooks/{Some.BotId}/tok-b"));
    }

    [Fact]
    public async Task SendAsync_PersonalReplyToAPublicInteraction_GoesAsAnEphemeralFollowUp()
    {
        var sut = CreateSut();

        await sut.SendAsync(Some.Reply(Some.SlashAddress("tok-c"), Text("Help lines for you.") with { IsPersonal = true }, "t3"), CancellationToken.None);

        var request = Assert.Single(_host.Server.Requests);
        Assert.True(request.Is("POST", $"webhooks/{Some.BotId}/tok-c"));
        Assert.Equal(64, request.Json.GetProperty("flags").GetInt32());
    }

    [Fact]
    public async Task SendAsync_PublicInvitationAfterAMention_RepliesWithContinuePrivatelyAndANonce()
    {
        var sut = CreateSut();
        var entry = Some.Reply(Some.MentionAddress("m-4"), Text("Talk about your own job?") with { InvitesPrivateChat = true }, "t4", index: 1);

        await sut.SendAsync(entry, CancellationToken.None);

        var request = Assert.Single(_host.Server.Requests);
        Assert.True(request.Is("POST", $"channels/{Some.GuildChannel}/messages"));
        Assert.Equal("m-4", request.Json.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.Equal(DiscordTexts.PrivatePayload, Assert.Single(AdapterHarness.Buttons(request.Json)).GetProperty("custom_id").GetString());
        Assert.Equal(DeliveryNonce.For(entry.Id, 0), request.Json.GetProperty("nonce").GetString());
    }

    [Fact]
    public async Task SendAsync_PrivateModeQuestionWithoutChoices_OffersTheAnswerButton()
    {
        var sut = CreateSut();
        var address = ReplyAddress.Interaction(Some.BotId, "tok-e", Some.GuildChannel, ephemeral: true, originalPending: false, Core.Texts.Language.English, privateMode: true).Format();

        await sut.SendAsync(Some.Reply(address, Text("What is your job?"), "t5"), CancellationToken.None);

        var request = Assert.Single(_host.Server.Requests);
        Assert.Equal(64, request.Json.GetProperty("flags").GetInt32());
        Assert.Equal(DiscordTexts.AnswerPayload, Assert.Single(AdapterHarness.Buttons(request.Json)).GetProperty("custom_id").GetString());
    }

    [Fact]
    public async Task SendAsync_InteractionNotYetAcknowledged_WaitsForTheAcknowledgement()
    {
        var sut = CreateSut();
        var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _host.Services.GetRequiredService<InteractionAcknowledgements>().TryStart("t6", () => answered.Task);

        var sending = sut.SendAsync(Some.Reply(Some.SlashAddress("tok-f"), Text("Nurses: low risk"), "t6", firstAnswer: true), CancellationToken.None);
        await Task.Delay(100);
        var beforeAcknowledged = _host.Server.Requests.Count;
        answered.SetResult();
        var outcome = await sending;

        Assert.Equal(0, beforeAcknowledged);
        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        Assert.Single(_host.Server.Requests);
    }

    [Fact]
    public async Task SendAsync_InteractionTokenExpired_PostsInTheChannelWithANonce()
    {
        var sut = CreateSut();
        _host.Server.Handler = r => r.Path.StartsWith("webhooks/", StringComparison.Ordinal) ? new FakeResponse(404, """{"message": "Unknown Webhook", "code": 10015}""") : null;

        var outcome = await sut.SendAsync(Some.Reply(Some.SlashAddress("tok-g"), Text("Sorry for the wait"), "t7", firstAnswer: true), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        var posted = _host.Server.Requests[^1];
        Assert.True(posted.Is("POST", $"channels/{Some.GuildChannel}/messages"));
        Assert.True(posted.Json.GetProperty("enforce_nonce").GetBoolean());
    }

    [Fact]
    public async Task SendAsync_RateLimitedLongerThanTheClientWaits_RetriesAfterDiscordsRetryAfter()
    {
        var sut = CreateSut();
        _host.Server.Handler = _ => new FakeResponse(429, """{"message": "You are being rate limited.", "retry_after": 120.5, "global": false}""");

        var outcome = await sut.SendAsync(Some.Reply($"c|{Some.DmChannel}", Text("hi"), "t8"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.RetryLater, outcome.Status);
        Assert.Equal(TimeSpan.FromSeconds(120.5), outcome.RetryAfter);
    }

    [Fact]
    public async Task SendAsync_ServerError_RetriesAfterAFewSeconds()
    {
        var sut = CreateSut();
        _host.Server.Handler = _ => new FakeResponse(500, """{"message": "500: Internal Server Error", "code": 0}""");

        var outcome = await sut.SendAsync(Some.Reply($"c|{Some.DmChannel}", Text("hi"), "t9"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.RetryLater, outcome.Status);
        Assert.Equal(ReplyWriter.TransientWait, outcome.RetryAfter);
        Assert.Single(_host.Server.Requests); // a write is never resent inline: Discord may have applied it
    }

    [Fact]
    public async Task SendAsync_RefusedForGood_UndeliverableWithStatusAndCode()
    {
        var sut = CreateSut();
        _host.Server.Handler = _ => new FakeResponse(403, """{"message": "Missing Permissions", "code": 50013}""");

        var outcome = await sut.SendAsync(Some.Reply(Some.MentionAddress("m-10"), Text("Risk for: nurse"), "t10"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Undeliverable, outcome.Status);
        Assert.Contains("HTTP 403, code 50013", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_UnreadableAddress_UndeliverableWithoutACall()
    {
        var sut = CreateSut();

        var outcome = await sut.SendAsync(Some.Reply("x|nothing", Text("hi"), "t11"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Undeliverable, outcome.Status);
        Assert.Empty(_host.Server.Requests);
    }

    [Fact]
    public void IsEnabled_WithABotToken_IsTheDiscordSender()
    {
        var sut = CreateSut();

        Assert.True(sut.IsEnabled);
        Assert.Equal(Platform.Discord, sut.Platform);
    }

    private static OutgoingMessage Text(string text) => new() { Text = text };

    private IReplySender CreateSut() => _host.Services.GetRequiredService<IReplySender>();
}
