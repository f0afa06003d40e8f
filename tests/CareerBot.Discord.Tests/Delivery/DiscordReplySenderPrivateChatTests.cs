using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;
using CareerBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Discord.Tests.Delivery;

/// <summary>
/// "Continue privately" in a server: the engine's replies for the private chat (opening the DM), and the same turn's
/// public invitation, with the DMs open and closed.
/// </summary>
public sealed class DiscordReplySenderPrivateChatTests : IAsyncLifetime
{
    private const string ClosedDms = """{"message": "Cannot send messages to this user", "code": 50007}""";
    private readonly DiscordTestHost _host = new(services => services.AddDiscordAdapter());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SendAsync_PrivateReplies_OpenTheDmOncePerPersonAndGoThere()
    {
        var sut = CreateSut();

        var outcomes = new[]
        {
            await sut.SendAsync(Some.Reply(Some.SlashAddress("tok-1"), Private("Hello!"), "t1", index: 0), CancellationToken.None),
            await sut.SendAsync(Some.Reply(Some.SlashAddress("tok-1"), Private("What is your job?"), "t1", index: 1), CancellationToken.None),
            await sut.SendAsync(Some.Reply(Some.MentionAddress("m-2"), Private("Hello again!"), "t2"), CancellationToken.None),
        };

        Assert.All(outcomes, o => Assert.Equal(DeliveryOutcome.Delivered, o));
        Assert.Single(_host.Server.Requests, r => r.Is("POST", "users/@me/channels"));
        Assert.Equal(["Hello!", "What is your job?", "Hello again!"], _host.Server.Requests.Where(r => r.Is("POST", $"channels/{Some.DmChannel}/messages")).Select(AdapterHarness.Content));
        Assert.DoesNotContain(_host.Server.Requests, r => r.Path.StartsWith("webhooks/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_InvitationAfterTheDmWorked_FillsTheOriginalWithALinkToTheDm()
    {
        var sut = CreateSut();
        await sut.SendAsync(Some.Reply(Some.SlashAddress("tok-3", ephemeral: true), Private("Hello!"), "t3"), CancellationToken.None);

        var outcome = await sut.SendAsync(Some.Reply(Some.SlashAddress("tok-3", ephemeral: true), Invitation(), "t3", index: 1, firstAnswer: true), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        var original = _host.Server.Requests[^1];
        Assert.Equal(("PATCH", $"webhooks/{Some.BotId}/tok-3/messages/@original"), (original.Method, original.Path));
        var link = Assert.Single(AdapterHarness.Buttons(original.Json));
        Assert.Equal($"https://discord.com/channels/@me/{Some.DmChannel}", link.GetProperty("url").GetString());
    }

    [Fact]
    public async Task SendAsync_DmsClosedAfterASlashCommand_NoteFillsTheOriginalOnceRepliesFollowEphemerallyAndTheInvitationIsReplaced()
    {
        var sut = CreateSut();
        _host.Server.Handler = r => r.Is("POST", $"channels/{Some.DmChannel}/messages") ? new FakeResponse(403, ClosedDms) : null;
        var address = Some.SlashAddress("tok-4", ephemeral: true);

        var outcomes = new[]
        {
            await sut.SendAsync(Some.Reply(address, Private("Hello!"), "t4", index: 0), CancellationToken.None),
            await sut.SendAsync(Some.Reply(address, Private("What is your job?"), "t4", index: 1), CancellationToken.None),
            await sut.SendAsync(Some.Reply(address, Invitation(), "t4", index: 2, firstAnswer: true), CancellationToken.None),
        };

        Assert.All(outcomes, o => Assert.Equal(DeliveryOutcome.Delivered, o));
        Assert.Single(_host.Server.Requests, r => r.Is("POST", $"channels/{Some.DmChannel}/messages")); // tried once per turn
        var note = Assert.Single(_host.Server.Requests, r => r.Is("PATCH", "webhooks/"));
        Assert.Contains("DMs are closed", AdapterHarness.Content(note), StringComparison.Ordinal);
        var followUps = _host.Server.Requests.Where(r => r.Is("POST", "webhooks/")).ToList();
        Assert.Equal(["Hello!", "What is your job?"], followUps.Select(AdapterHarness.Content));
        Assert.All(followUps, r => Assert.Equal(64, r.Json.GetProperty("flags").GetInt32()));
        Assert.Equal(DiscordTexts.AnswerPayload, AdapterHarness.Buttons(followUps[1].Json).Single().GetProperty("custom_id").GetString());
    }

    [Fact]
    public async Task SendAsync_DmsClosedAfterAMention_PrivateRepliesUndeliverableAndTheInvitationSaysSoWithoutButtons()
    {
        var sut = CreateSut();
        _host.Server.Handler = r => r.Is("POST", $"channels/{Some.DmChannel}/messages") ? new FakeResponse(403, ClosedDms) : null;
        var address = Some.MentionAddress("m-5");

        var first = await sut.SendAsync(Some.Reply(address, Private("Hello!"), "t5", index: 0), CancellationToken.None);
        var second = await sut.SendAsync(Some.Reply(address, Private("What is your job?"), "t5", index: 1), CancellationToken.None);
        var invitation = await sut.SendAsync(Some.Reply(address, Invitation(), "t5", index: 2, firstAnswer: true), CancellationToken.None);

        Assert.Equal((DeliveryStatus.Undeliverable, "DMs closed"), (first.Status, first.Reason));
        Assert.Equal(DeliveryStatus.Undeliverable, second.Status);
        Assert.Equal(DeliveryOutcome.Delivered, invitation);
        var reply = _host.Server.Requests[^1];
        Assert.True(reply.Is("POST", $"channels/{Some.GuildChannel}/messages"));
        Assert.Equal("Let's talk privately.\n\n" + DiscordTexts.DmsClosedPublic(Core.Texts.Language.English), AdapterHarness.Content(reply));
        Assert.Empty(AdapterHarness.Buttons(reply.Json));
        Assert.DoesNotContain(_host.Server.Requests, r => r.Path.StartsWith("webhooks/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_DmCannotBeOpenedForNow_RetriesInsteadOfFallingBack()
    {
        var sut = CreateSut();
        _host.Server.Handler = r => r.Is("POST", "users/@me/channels") ? new FakeResponse(503, """{"message": "upstream connect error", "code": 0}""") : null;

        var outcome = await sut.SendAsync(Some.Reply(Some.SlashAddress("tok-6"), Private("Hello!"), "t6"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.RetryLater, outcome.Status);
        Assert.DoesNotContain(_host.Server.Requests, r => r.Path.StartsWith("webhooks/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_DmsClosedAndTheNoteFailedForNow_NextAttemptSendsTheNoteThenTheReply()
    {
        var sut = CreateSut();
        var noteFailures = 0;
        _host.Server.Handler = r => r.Is("POST", $"channels/{Some.DmChannel}/messages") ? new FakeResponse(403, ClosedDms)
            : r.Is("PATCH", "webhooks/") && Interlocked.Increment(ref noteFailures) == 1 ? new FakeResponse(500, """{"message": "500: Internal Server Error", "code": 0}""")
            : null;
        var entry = Some.Reply(Some.SlashAddress("tok-7", ephemeral: true), Private("Hello!"), "t7");

        var first = await sut.SendAsync(entry, CancellationToken.None);
        var second = await sut.SendAsync(entry, CancellationToken.None);

        Assert.Equal(DeliveryStatus.RetryLater, first.Status);
        Assert.Equal(DeliveryOutcome.Delivered, second);
        Assert.Equal(["PATCH", "PATCH", "POST"], _host.Server.Requests.Where(r => r.Path.StartsWith("webhooks/", StringComparison.Ordinal)).Select(r => r.Method));
        Assert.Single(_host.Server.Requests, r => r.Is("POST", $"channels/{Some.DmChannel}/messages"));
    }

    private static OutgoingMessage Private(string text) => new() { Text = text, InPrivateChat = true };

    private static OutgoingMessage Invitation() => new() { Text = "Let's talk privately.", InvitesPrivateChat = true };

    private IReplySender CreateSut() => _host.Services.GetRequiredService<IReplySender>();
}
