using System.Text.Json;
using CareerBot.Discord.Rest;
using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.Discord.Tests.Rest;

public sealed class DiscordRestClientTests : IAsyncLifetime
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(500);
    private readonly DiscordTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task CreateMessageAsync_Always_SendsBotAuthUserAgentJsonAndNoMentions()
    {
        var sut = _host.Rest;

        var result = await sut.CreateMessageAsync("111", new MessagePayload { Content = "@everyone hi" }, CancellationToken.None);

        Assert.True(result.IsSuccess);
        var request = Assert.Single(_host.Server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("channels/111/messages", request.Path);
        Assert.Equal("Bot " + DiscordTestHost.Token, request.Headers["Authorization"]);
        Assert.StartsWith("DiscordBot (https://", request.Headers["User-Agent"], StringComparison.Ordinal);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal("[]", request.Json.GetProperty("allowed_mentions").GetProperty("parse").GetRawText());
    }

    [Fact]
    public async Task SendAsync_BucketExhausted_WaitsForResetOnlyForThatResource()
    {
        var sut = _host.Rest;
        _host.Server.Handler = r => r.Path == "channels/111/messages" && _host.Server.Requests.Count(x => x.Path == r.Path) == 1
            ? new FakeResponse(200, "{\"id\":\"1\",\"channel_id\":\"111\"}", Headers("abcd1234", remaining: 0, resetAfter: 2.5))
            : null;
        await sut.CreateMessageAsync("111", new MessagePayload { Content = "a" }, CancellationToken.None);

        var blocked = sut.CreateMessageAsync("111", new MessagePayload { Content = "b" }, CancellationToken.None);
        var other = await sut.CreateMessageAsync("222", new MessagePayload { Content = "c" }, CancellationToken.None);
        await Task.Delay(50);
        var sentBeforeReset = _host.Server.Requests.Count(r => r.Path == "channels/111/messages");
        var started = _host.Time.GetUtcNow();
        await _host.Time.AdvanceUntilAsync(blocked, Step);

        Assert.True(other.IsSuccess);
        Assert.Equal(1, sentBeforeReset);
        Assert.True(_host.Time.GetUtcNow() - started >= TimeSpan.FromSeconds(2.5));
        Assert.Equal(2, _host.Server.Requests.Count(r => r.Path == "channels/111/messages"));
    }

    [Fact]
    public async Task SendAsync_UserScope429Fixture_WaitsRetryAfterThenSendsOnceMore()
    {
        var sut = _host.Rest;
        var limited = Fixture429("discord_ratelimit_429_user.json");
        _host.Server.Handler = r => _host.Server.Requests.Count == 1 ? limited : null;

        var call = sut.CreateMessageAsync("111", new MessagePayload { Content = "a" }, CancellationToken.None);
        var result = await _host.Time.AdvanceUntilAsync(call, TimeSpan.FromSeconds(5));

        Assert.True(result.IsSuccess);
        Assert.Equal(2, _host.Server.Requests.Count);
        Assert.True(_host.Time.GetUtcNow() - new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero) >= TimeSpan.FromSeconds(64.57));
    }

    [Fact]
    public async Task SendAsync_Global429Fixture_BlocksOtherRoutesButNotInteractionCallbacks()
    {
        var sut = _host.Rest;
        var limited = Fixture429("discord_ratelimit_429_global.json");
        _host.Server.Handler = r => _host.Server.Requests.Count == 1 ? limited : null;
        var first = sut.CreateMessageAsync("111", new MessagePayload { Content = "a" }, CancellationToken.None);
        await _host.Server.WaitForRequestsAsync(_ => true);
        await Task.Delay(50);

        var otherRoute = sut.CreateDmAsync("5", CancellationToken.None);
        var callback = await sut.RespondAsync("77", "tok", new InteractionResponse(InteractionResponse.DeferredChannelMessage), CancellationToken.None);
        await Task.Delay(50);
        var dmSentEarly = _host.Server.Requests.Any(r => r.Is("POST", "users/@me/channels"));
        await _host.Time.AdvanceUntilAsync(Task.WhenAll(first, otherRoute), TimeSpan.FromSeconds(5));

        Assert.True(callback.IsSuccess);
        Assert.False(dmSentEarly);
        Assert.True((await otherRoute).IsSuccess);
        Assert.True((await first).IsSuccess);
    }

    [Fact]
    public async Task SendAsync_Shared429FixtureLongerThanWeWait_ReturnsRateLimitedWithoutResending()
    {
        var sut = _host.Rest;
        var limited = Fixture429("discord_ratelimit_429_shared.json");
        _host.Server.Handler = _ => limited;

        var result = await sut.CreateMessageAsync("111", new MessagePayload { Content = "a" }, CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Equal(429, result.Error!.HttpStatus);
        Assert.Single(_host.Server.Requests);
    }

    [Fact]
    public async Task SendAsync_ServerErrorOnWrite_IsNotSentTwice()
    {
        var sut = _host.Rest;
        _host.Server.Handler = _ => new FakeResponse(502, "");

        var result = await sut.CreateMessageAsync("111", new MessagePayload { Content = "a" }, CancellationToken.None);

        Assert.Equal(502, result.Error!.HttpStatus);
        Assert.Single(_host.Server.Requests);
    }

    [Fact]
    public async Task SendAsync_ServerErrorOnRead_IsRetried()
    {
        var sut = _host.Rest;
        _host.Server.Handler = _ => _host.Server.Requests.Count == 1 ? new FakeResponse(503, "") : null;

        var result = await _host.Time.AdvanceUntilAsync(sut.GetGatewayBotAsync(CancellationToken.None), Step);

        Assert.True(result.IsSuccess);
        Assert.Equal(2, _host.Server.Requests.Count);
        Assert.StartsWith("ws://127.0.0.1", result.Value!.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateMessageAsync_DmsClosed_ReturnsTypedErrorCode50007()
    {
        var sut = _host.Rest;
        _host.Server.Handler = _ => new FakeResponse(403, "{\"message\": \"Cannot send messages to this user\", \"code\": 50007}");

        var result = await sut.CreateMessageAsync("111", new MessagePayload { Content = "a" }, CancellationToken.None);

        Assert.Equal(DiscordApiError.CannotSendMessagesToUser, result.Error!.Code);
        Assert.True(result.Error.IsPermanent);
    }

    [Fact]
    public async Task SendAsync_InvalidFormBodyFixture_SurfacesCodeAndMessage()
    {
        var sut = _host.Rest;
        var body = await File.ReadAllTextAsync(Path.Combine("Fixtures", "discord_error_invalid_form_body_docs.json"));
        _host.Server.Handler = _ => new FakeResponse(400, body);

        var result = await sut.CreateMessageAsync("111", new MessagePayload { Content = "" }, CancellationToken.None);

        Assert.Equal(new DiscordApiError(400, 50035, "Invalid Form Body"), result.Error);
    }

    [Fact]
    public async Task SendAsync_GarbageErrorBody_StillReturnsStatus()
    {
        var sut = _host.Rest;
        _host.Server.Handler = _ => new FakeResponse(404, "<html>\u0000</html>");

        var result = await sut.CreateMessageAsync("111", new MessagePayload { Content = "a" }, CancellationToken.None);

        Assert.Equal(404, result.Error!.HttpStatus);
    }

    [Fact]
    public async Task SendAsync_NobodyListening_ReturnsTransportErrorAndNeverThrows()
    {
        await using var offline = new DiscordTestHost(settings: new() { ["Discord:ApiBaseUrl"] = "http://127.0.0.1:9/api/v10" });
        var sut = offline.Rest;

        var result = await sut.CreateMessageAsync("111", new MessagePayload { Content = "a" }, CancellationToken.None);

        Assert.True(result.Error!.IsTransport);
    }

    [Fact]
    public async Task SendAsync_MoreThanFortyFiveInOneSecond_WaitsForTheGlobalWindow()
    {
        // Discord allows 50/s; the client keeps 10% headroom for requests that arrive bunched.
        var sut = _host.Rest;
        var calls = Enumerable.Range(0, 45).Select(i => sut.CreateMessageAsync(i.ToString(System.Globalization.CultureInfo.InvariantCulture), new MessagePayload { Content = "a" }, CancellationToken.None)).ToList();
        await Task.WhenAll(calls);

        var next = sut.CreateMessageAsync("x", new MessagePayload { Content = "a" }, CancellationToken.None);
        await Task.Delay(100);
        var sentEarly = _host.Server.Requests.Count;
        await _host.Time.AdvanceUntilAsync(next, TimeSpan.FromMilliseconds(100));

        Assert.Equal(45, sentEarly);
        Assert.Equal(46, _host.Server.Requests.Count);
    }

    private static Dictionary<string, string> Headers(string bucket, int remaining, double resetAfter) => new()
    {
        ["X-RateLimit-Bucket"] = bucket,
        ["X-RateLimit-Limit"] = "5",
        ["X-RateLimit-Remaining"] = remaining.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["X-RateLimit-Reset-After"] = resetAfter.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static FakeResponse Fixture429(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine("Fixtures", file)));
        var headers = doc.RootElement.GetProperty("headers").EnumerateObject()
            .Where(h => h.Name != "Content-Type")
            .ToDictionary(h => h.Name, h => h.Value.GetString()!);
        return new FakeResponse(429, doc.RootElement.GetProperty("body").GetRawText(), headers);
    }
}
