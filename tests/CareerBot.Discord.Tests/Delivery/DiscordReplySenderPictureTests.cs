using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;
using CareerBot.Core.Pictures;
using CareerBot.Discord.Delivery;
using CareerBot.Discord.Rest;
using CareerBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace CareerBot.Discord.Tests.Delivery;

/// <summary>Replies with a risk card picture: uploaded with the message (payload_json + files[0]) wherever the reply goes, or the text alone.</summary>
public sealed class DiscordReplySenderPictureTests : IAsyncLifetime
{
    private const string Card = "Registered Nurses: automation risk low (0.9%, Frey & Osborne 2013).";
    private readonly Mock<IPictureRenderer> _renderer = new();
    private DiscordTestHost? _host;

    public DiscordReplySenderPictureTests() => _renderer.Setup(r => r.RenderPng(It.IsAny<RiskCardPicture>())).Returns(Some.Png);

    private DiscordTestHost Host => _host ??= new DiscordTestHost(services =>
    {
        services.AddSingleton(_renderer.Object);
        services.AddDiscordAdapter();
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Fact]
    public async Task SendAsync_FirstAnswerToADeferredSlashCommand_FillsTheOriginalWithTheTextAndThePicture()
    {
        var sut = CreateSut();

        var outcome = await sut.SendAsync(Some.Reply(Some.SlashAddress("tok-p1"), WithPicture(Card, [new Choice("More", "risk:more")]), "p1", firstAnswer: true), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        _renderer.Verify(r => r.RenderPng(It.IsAny<RiskCardPicture>()), Times.Once);
        var request = Assert.Single(Host.Server.Requests);
        Assert.Equal(("PATCH", $"webhooks/{Some.BotId}/tok-p1/messages/@original"), (request.Method, request.Path));
        AssertUpload(request, Card);
        Assert.Equal("risk:more", Assert.Single(AdapterHarness.Buttons(request.Json)).GetProperty("custom_id").GetString());
    }

    [Fact]
    public async Task SendAsync_LaterAnswerToASlashCommand_FollowUpCarriesThePicture()
    {
        var sut = CreateSut();

        await sut.SendAsync(Some.Reply(Some.SlashAddress("tok-p2"), WithPicture(Card), "p2", index: 1), CancellationToken.None);

        var request = Assert.Single(Host.Server.Requests);
        Assert.True(request.Is("POST", $"webhooks/{Some.BotId}/tok-p2"));
        AssertUpload(request, Card);
    }

    [Fact]
    public async Task SendAsync_DirectMessage_UploadsThePictureWithNonceAndNoMentions()
    {
        var sut = CreateSut();
        var entry = Some.Reply(ReplyAddress.Channel(Some.DmChannel).Format(), WithPicture(Card), "p3");

        await sut.SendAsync(entry, CancellationToken.None);

        var request = Assert.Single(Host.Server.Requests);
        Assert.True(request.Is("POST", $"channels/{Some.DmChannel}/messages"));
        AssertUpload(request, Card);
        Assert.Equal(DeliveryNonce.For(entry.Id, 0), request.Json.GetProperty("nonce").GetString());
        Assert.True(request.Json.GetProperty("enforce_nonce").GetBoolean());
        Assert.Equal("[]", request.Json.GetProperty("allowed_mentions").GetProperty("parse").GetRawText());
    }

    [Fact]
    public async Task SendAsync_TextLongerThanOneMessage_PictureWithTheFirstPartButtonsOnTheLast()
    {
        var sut = CreateSut();
        var text = string.Join(' ', Enumerable.Repeat("figure", 400)); // 2,799 characters: two messages

        await sut.SendAsync(Some.Reply(ReplyAddress.Channel(Some.DmChannel).Format(), WithPicture(text, [new Choice("More", "risk:more")]), "p4"), CancellationToken.None);

        var requests = Host.Server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[0].IsMultipart);
        Assert.Single(requests[0].Files);
        Assert.Empty(AdapterHarness.Buttons(requests[0].Json));
        Assert.False(requests[1].IsMultipart);
        Assert.False(requests[1].Json.TryGetProperty("attachments", out _));
        Assert.NotEmpty(AdapterHarness.Buttons(requests[1].Json));
        Assert.All(requests, r => Assert.True(AdapterHarness.Content(r).Length <= MessageRenderer.MaxContent));
    }

    [Fact]
    public async Task SendAsync_NoAttachFilesPermissionInTheChannel_SendsTheTextAlone()
    {
        var sut = CreateSut();
        Host.Server.Handler = r => r.IsMultipart ? new FakeResponse(403, """{"message": "Missing Permissions", "code": 50013}""") : null;

        var outcome = await sut.SendAsync(Some.Reply(Some.MentionAddress("m-p5"), WithPicture(Card), "p5"), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        var requests = Host.Server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[0].IsMultipart);
        Assert.False(requests[1].IsMultipart);
        Assert.Equal(Card, AdapterHarness.Content(requests[1]));
        Assert.Equal("m-p5", requests[1].Json.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.Contains(Host.Logs.Lines, l => l.StartsWith("Warning 5062 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_RateLimitedLongerThanTheClientWaits_RetryLaterAsWithoutAPicture()
    {
        var sut = CreateSut();
        Host.Server.Handler = _ => new FakeResponse(429, """{"message": "You are being rate limited.", "retry_after": 95.0, "global": false}""", new Dictionary<string, string> { ["Retry-After"] = "95", ["X-RateLimit-Scope"] = "user" });

        var outcome = await sut.SendAsync(Some.Reply(ReplyAddress.Channel(Some.DmChannel).Format(), WithPicture(Card), "p6"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.RetryLater, outcome.Status);
        Assert.Equal(TimeSpan.FromSeconds(95), outcome.RetryAfter);
        Assert.Single(Host.Server.Requests);
    }

    [Fact]
    public async Task SendAsync_RendererThrows_SendsTheTextAloneAsJson()
    {
        _renderer.Setup(r => r.RenderPng(It.IsAny<RiskCardPicture>())).Throws(new InvalidOperationException("no font"));
        var sut = CreateSut();

        var outcome = await sut.SendAsync(Some.Reply(Some.SlashAddress("tok-p7"), WithPicture(Card), "p7", firstAnswer: true), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        var request = Assert.Single(Host.Server.Requests);
        Assert.False(request.IsMultipart);
        Assert.Equal(Card, AdapterHarness.Content(request));
        Assert.False(request.Json.TryGetProperty("attachments", out _));
    }

    [Fact]
    public async Task SendAsync_PicturesTurnedOff_NeverRenders()
    {
        _host = new DiscordTestHost(services =>
        {
            services.AddSingleton(_renderer.Object);
            services.AddSingleton(new DialogueSettings { Pictures = false });
            services.AddDiscordAdapter();
        });
        var sut = CreateSut();

        await sut.SendAsync(Some.Reply(Some.SlashAddress("tok-p8"), WithPicture(Card), "p8", firstAnswer: true), CancellationToken.None);

        _renderer.Verify(r => r.RenderPng(It.IsAny<RiskCardPicture>()), Times.Never);
        Assert.False(Assert.Single(Host.Server.Requests).IsMultipart);
    }

    [Fact]
    public async Task SendAsync_AltTextLongerThanDiscordTakes_DescriptionCutTo1024()
    {
        var sut = CreateSut();
        var message = WithPicture(Card) with { Picture = Some.Picture(altText: new string('a', 1500)) };

        await sut.SendAsync(Some.Reply(ReplyAddress.Channel(Some.DmChannel).Format(), message, "p9"), CancellationToken.None);

        var description = Assert.Single(Host.Server.Requests).Json.GetProperty("attachments")[0].GetProperty("description").GetString()!;
        Assert.Equal(FileUpload.MaxDescription, description.Length);
        Assert.EndsWith("…", description, StringComparison.Ordinal);
    }

    private static OutgoingMessage WithPicture(string text, IReadOnlyList<Choice>? choices = null) =>
        new() { Text = text, Choices = choices ?? [], Picture = Some.Picture() };

    /// <summary>Discord's upload shape: payload_json with the content and attachments [{id 0, filename, description}], then files[0] as image/png.</summary>
    private static void AssertUpload(RecordedRequest request, string content)
    {
        Assert.True(request.IsMultipart, request.ContentType);
        Assert.Equal(content, AdapterHarness.Content(request));
        var attachment = Assert.Single(request.Json.GetProperty("attachments").EnumerateArray());
        Assert.Equal(0, attachment.GetProperty("id").GetInt32());
        Assert.Equal("risk-card-29-1141.png", attachment.GetProperty("filename").GetString());
        Assert.Equal(Some.Picture().AltText, attachment.GetProperty("description").GetString());
        var file = Assert.Single(request.Files);
        Assert.Equal(("files[0]", "risk-card-29-1141.png", "image/png"), (file.Name, file.FileName, file.ContentType));
        Assert.Equal(Some.Png, file.Bytes);
    }

    private IReplySender CreateSut() => Host.Services.GetServices<IReplySender>().Single(s => s.Platform == Platform.Discord);
}
