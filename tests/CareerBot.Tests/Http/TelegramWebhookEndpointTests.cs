using System.Net;
using System.Text;
using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Telegram.Webhook;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Http;

/// <summary>POST /telegram/webhook through the real composition: secret, body limit, unreadable updates, a store that is down, a stored turn.</summary>
public sealed class TelegramWebhookEndpointTests
{
    private static readonly string PrivateText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Http", "Fixtures", "telegram_private_text.json"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("test_Secret-012345678")]
    [InlineData("test_Secret-01234567890")]
    [InlineData("TEST_SECRET-0123456789")]
    public async Task Post_WrongOrMissingSecret_401AndTheProcessorIsNeverCalled(string? secret)
    {
        var processor = new FakeTurnProcessor();
        await using var sut = await WebhookHost.StartAsync(processor);

        var status = await PostAsync(sut, PrivateText, secret);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Empty(processor.Handled);
    }

    [Fact]
    public async Task Post_TwoSecretHeaders_401()
    {
        var processor = new FakeTurnProcessor();
        await using var sut = await WebhookHost.StartAsync(processor);
        using var request = Request(PrivateText, WebhookHost.Secret);
        request.Headers.Add(TelegramWebhookReceiver.SecretHeader, WebhookHost.Secret);

        using var response = await sut.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(processor.Handled);
    }

    [Fact]
    public async Task Post_BodyOverOneMebibyte_413AndNothingHandled()
    {
        var processor = new FakeTurnProcessor();
        await using var sut = await WebhookHost.StartAsync(processor);
        var padded = PrivateText.TrimEnd().TrimEnd('}') + ",\"pad\":\"" + new string('x', TelegramWebhookReceiver.MaxBodyBytes) + "\"}";

        var status = await PostAsync(sut, padded, WebhookHost.Secret);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Empty(processor.Handled);
    }

    [Theory]
    [InlineData("{\"update_id\": not json")]
    [InlineData("[]")]
    [InlineData("{\"message\":{\"text\":\"no update id\"}}")]
    [InlineData("")]
    public async Task Post_Unreadable_200AndNothingStored(string body)
    {
        var processor = new FakeTurnProcessor();
        await using var sut = await WebhookHost.StartAsync(processor);

        var status = await PostAsync(sut, body, WebhookHost.Secret);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(processor.Handled);
    }

    [Fact]
    public async Task Post_StoreDown_503SoTelegramSendsItAgain()
    {
        var processor = new FakeTurnProcessor { FailWith = new IOException("the store is down") };
        await using var sut = await WebhookHost.StartAsync(processor);

        var first = await PostAsync(sut, PrivateText, WebhookHost.Secret);
        processor.FailWith = null;
        var again = await PostAsync(sut, PrivateText, WebhookHost.Secret);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, first);
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Single(processor.Handled);
    }

    [Fact]
    public async Task Post_PrivateText_TheTurnIsStoredBeforeThe200()
    {
        await using var sut = await WebhookHost.StartAsync();
        var store = sut.App.Services.GetRequiredService<IConversationStore>();
        var key = new ConversationKey(Platform.Telegram, "218485655");

        var before = await store.LoadTurnAsync(key, "892252934", CancellationToken.None);
        var status = await PostAsync(sut, PrivateText, WebhookHost.Secret);
        var after = await store.LoadTurnAsync(key, "892252934", CancellationToken.None);
        var conversation = await store.LoadTurnAsync(key, "a later update", CancellationToken.None);

        Assert.False(before.AlreadyHandled);
        Assert.Null(before.Conversation);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(after.AlreadyHandled);
        Assert.NotNull(conversation.Conversation);
    }

    [Fact]
    public async Task GetMetrics_AfterATurn_ListsTheCareerBotInstruments()
    {
        await using var sut = await WebhookHost.StartAsync();
        await PostAsync(sut, PrivateText, WebhookHost.Secret);

        using var response = await sut.Http.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("careerbot_turns{outcome=\"stored\",platform=\"telegram\"}", text, StringComparison.Ordinal);
        Assert.Contains("careerbot_turn_duration_seconds_bucket{platform=\"telegram\",le=\"0.01\"}", text, StringComparison.Ordinal);
        Assert.Contains("careerbot_replies_pending ", text, StringComparison.Ordinal);
        Assert.Contains("process_cpu_seconds_total ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("microsoft_aspnetcore", text, StringComparison.Ordinal);
    }

    private static async Task<HttpStatusCode> PostAsync(WebhookHost host, string body, string? secret)
    {
        using var request = Request(body, secret);
        using var response = await host.Http.SendAsync(request);
        return response.StatusCode;
    }

    private static HttpRequestMessage Request(string body, string? secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add(TelegramWebhookReceiver.SecretHeader, secret);
        }

        return request;
    }
}
