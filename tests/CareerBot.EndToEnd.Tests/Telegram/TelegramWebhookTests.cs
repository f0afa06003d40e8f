using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CareerBot.EndToEnd.Tests.Telegram;

/// <summary>
/// The real bot process in webhook mode against the emulator: setWebhook with the secret, the update types and
/// max_connections (once per unchanged deploy), updates pushed by the emulated Telegram and answered, real payloads
/// posted straight to POST /telegram/webhook with a wrong, missing and right secret, and nothing ever polled.
/// </summary>
[Collection(TelegramProcesses.Name)]
public sealed class TelegramWebhookTests : IAsyncLifetime, IDisposable
{
    private const string Secret = "e2e_Webhook-Secret_0123456789";
    private const string PublicUrl = "https://bot.example.org/telegram/webhook";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("careerbot-e2e-webhook-");
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private TelegramEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await TelegramEmulator.StartAsync();

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Interview_WebhookMode_SetsTheWebhookOnceAnswersPushedUpdatesAndNeverPolls()
    {
        const long user = 8101;
        await using (var bot = StartBot())
        {
            var address = await bot.HttpAddressAsync();
            await _emulator.PushWebhookToAsync(address + "/telegram/webhook");

            await _emulator.SendAsync(user, "/start");
            var greeting = await _emulator.WaitForMessagesAsync(user, 1);
            var button = greeting[^1].Buttons.Select(b => b.Data).OfType<string>().First(d => !d.StartsWith("cmd:", StringComparison.Ordinal));
            await _emulator.PressAsync(user, greeting[^1].MessageId, button);
            var afterPress = await _emulator.WaitForMessagesAsync(user, greeting.Count + 1);
            using var health = await _http.GetAsync(address + "/healthz");
            using var report = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
            var metrics = await _http.GetStringAsync(address + "/metrics");
            await bot.StopAsync();

            Assert.True(afterPress.Count > greeting.Count, bot.Output);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            var telegram = report.RootElement.GetProperty("checks").GetProperty("telegram");
            Assert.Equal("Healthy", telegram.GetProperty("status").GetString());
            Assert.Equal("webhook", telegram.GetProperty("description").GetString());
            Assert.Contains("careerbot_turns{outcome=\"stored\",platform=\"telegram\"} 2", metrics, StringComparison.Ordinal);
            Assert.Contains("careerbot_telegram_webhook_age_seconds ", metrics, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, bot.Output, StringComparison.Ordinal);
        }

        var set = Assert.Single(await _emulator.CallsAsync("setWebhook"));
        Assert.Equal(PublicUrl, set.Body["url"]!.GetValue<string>());
        Assert.Equal(Secret, set.Body["secret_token"]!.GetValue<string>());
        Assert.Equal(7, set.Body["max_connections"]!.GetValue<int>());
        Assert.Equal(["message", "edited_message", "callback_query", "my_chat_member", "inline_query", "chosen_inline_result"], set.Body["allowed_updates"]!.AsArray().Select(u => u!.GetValue<string>()));
        var (webhook, pushes) = await _emulator.WebhookAsync();
        Assert.Equal(Secret, webhook!["secret"]!.GetValue<string>());
        Assert.Equal(2, pushes.Count);
        Assert.All(pushes, p => Assert.Equal(200, p.Status));
        Assert.Empty(await _emulator.CallsAsync("getUpdates"));
        Assert.Empty(await _emulator.CallsAsync("deleteWebhook"));

        // The same deploy again: the stored hash says the webhook is set, so setWebhook is not called a second time.
        await using (var again = StartBot())
        {
            await WaitForLineAsync(again, "Webhook ready");
            await again.StopAsync();
        }

        Assert.Single(await _emulator.CallsAsync("setWebhook"));
    }

    [Fact]
    public async Task Post_RealPayloads_SecretCheckedBodyLimitedUnreadableSkippedAndTheGoodOneAnswered()
    {
        await using var bot = StartBot();
        var url = await bot.HttpAddressAsync() + "/telegram/webhook";
        var update = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.TestsFolder, "CareerBot.Telegram.Tests", "Fixtures", "telegram_private_text.json"));
        var chat = JsonDocument.Parse(update).RootElement.GetProperty("message").GetProperty("chat").GetProperty("id").GetInt64();

        var missing = await PostAsync(url, update, secret: null);
        var wrong = await PostAsync(url, update, secret: Secret + "x");
        var tooLarge = await PostAsync(url, "{\"update_id\":1,\"pad\":\"" + new string('x', 1 << 20) + "\"}", Secret);
        var garbage = await PostAsync(url, "{\"update_id\": not json", Secret);
        var silentAfterRefusals = await _emulator.BotMessagesAsync(chat);
        var good = await PostAsync(url, update, Secret);
        var replies = await _emulator.WaitForMessagesAsync(chat, 1);
        var again = await PostAsync(url, update, Secret); // Telegram sending it again: answered once only
        await Task.Delay(500);
        var afterRepeat = await _emulator.BotMessagesAsync(chat);
        await bot.StopAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, missing);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge);
        Assert.Equal(HttpStatusCode.OK, garbage);
        Assert.Empty(silentAfterRefusals);
        Assert.Equal(HttpStatusCode.OK, good);
        Assert.NotEmpty(replies);
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Equal(replies.Count, afterRepeat.Count);
        Assert.Contains("Webhook request refused: missing secret token", bot.Output, StringComparison.Ordinal);
        Assert.Contains("Webhook request refused: wrong secret token", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("hello there", bot.Output, StringComparison.Ordinal);
    }

    private BotProcess StartBot() => TelegramBot.Start(_emulator.BaseUrl, Path.Combine(_folder.FullName, "bot.db"), new Dictionary<string, string>
    {
        ["Telegram__Mode"] = "Webhook",
        ["Telegram__WebhookUrl"] = PublicUrl,
        ["Telegram__WebhookSecret"] = Secret,
        ["Telegram__WebhookMaxConnections"] = "7",
        ["Telegram__PerChatIntervalMilliseconds"] = "200",
        ["Urls"] = BotProcess.AnyLoopbackPort,
    });

    private async Task<HttpStatusCode> PostAsync(string url, string json, string? secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        using var response = await _http.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task WaitForLineAsync(BotProcess bot, string text)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!bot.Output.Contains(text, StringComparison.Ordinal))
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), "never logged: " + text + "\n" + bot.Output);
            await Task.Delay(50);
        }
    }
}
