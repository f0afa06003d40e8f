using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging;
using CareerBot.Discord.Delivery;
using CareerBot.Discord.Discussions;
using CareerBot.Discord.Health;
using CareerBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Tests.Discussions;

public sealed class DiscordChannelPosterTests : IAsyncLifetime
{
    private readonly DiscordTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task PostAsync_Channel_CreatesAMessageWithThePostIdAsEnforcedNonceAndNoMentions()
    {
        var sut = CreateSut();

        var outcome = await sut.PostAsync(Post("@everyone what would you do?"), CancellationToken.None);

        Assert.Equal(PostOutcome.Posted, outcome);
        var request = Assert.Single(_host.Server.Requests);
        Assert.Equal("channels/555/messages", request.Path);
        Assert.Equal("@everyone what would you do?", request.Json.GetProperty("content").GetString());
        Assert.Equal(DeliveryNonce.For("weekly:wp00112233445566778899", 0), request.Json.GetProperty("nonce").GetString());
        Assert.True(request.Json.GetProperty("enforce_nonce").GetBoolean());
        Assert.Equal("[]", request.Json.GetProperty("allowed_mentions").GetProperty("parse").GetRawText());
    }

    [Theory]
    [InlineData(403, 50013, "Missing Permissions")]
    [InlineData(403, 50001, "Missing Access")]
    [InlineData(404, 10003, "Unknown Channel")]
    public async Task PostAsync_NoLongerAllowedThere_CannotPost(int status, int code, string message)
    {
        var sut = CreateSut();
        _host.Server.Handler = _ => new FakeResponse(status, $"{{\"message\":\"{message}\",\"code\":{code}}}");

        var outcome = await sut.PostAsync(Post("hi"), CancellationToken.None);

        Assert.Equal(PostOutcome.CannotPost, outcome);
    }

    [Fact]
    public async Task PostAsync_ServerError_RetryLater()
    {
        var sut = CreateSut();
        _host.Server.Handler = _ => new FakeResponse(500, "{\"message\":\"500: Internal Server Error\",\"code\":0}");

        var outcome = await _host.Time.AdvanceUntilAsync(sut.PostAsync(Post("hi"), CancellationToken.None), TimeSpan.FromSeconds(1));

        Assert.Equal(PostOutcome.RetryLater, outcome);
    }

    [Fact]
    public async Task PostAsync_NoTokenConfigured_RetryLaterWithoutCallingDiscord()
    {
        var sut = new DiscordChannelPoster(_host.Rest, new DiscordGatewayStatus(_host.Time), Options.Create(new DiscordOptions { BotToken = "" }), NullLogger<DiscordChannelPoster>.Instance);

        var outcome = await sut.PostAsync(Post("hi"), CancellationToken.None);

        Assert.Equal(PostOutcome.RetryLater, outcome);
        Assert.Empty(_host.Server.Requests);
    }

    [Fact]
    public async Task PostAsync_AdapterStoppedForGood_RetryLaterWithoutCallingDiscord()
    {
        var status = new DiscordGatewayStatus(_host.Time);
        status.Stopped("gateway closed with 4004: authentication failed");
        var sut = CreateSut(status);

        var outcome = await sut.PostAsync(Post("hi"), CancellationToken.None);

        Assert.Equal(PostOutcome.RetryLater, outcome);
        Assert.Empty(_host.Server.Requests);
    }

    private DiscordChannelPoster CreateSut(DiscordGatewayStatus? status = null) =>
        new(_host.Rest, status ?? new DiscordGatewayStatus(_host.Time), _host.Services.GetRequiredService<IOptions<DiscordOptions>>(), NullLogger<DiscordChannelPoster>.Instance);

    private static ChannelPost Post(string text) =>
        new(new ChannelKey(Platform.Discord, "555"), "wp00112233445566778899", new OutgoingMessage { Text = text });
}
