using CareerBot.Core.Conversations;
using CareerBot.Telegram;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using CareerBot.Telegram.Tests.Support;

namespace CareerBot.Tests.Http;

/// <summary>
/// The real bot composition (<see cref="CareerBotHost.BuildBot"/>) in webhook mode on an in-memory server, with a real
/// LiteDB file in a temporary folder and the hand-written Bot API behind the Telegram client.
/// </summary>
internal sealed class WebhookHost : IAsyncDisposable
{
    public const string Secret = "test_Secret-0123456789";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("careerbot-http-");

    private WebhookHost(FakeTurnProcessor? processor)
    {
        Api = new FakeTelegramApi(new FakeTimeProvider());
        App = CareerBotHost.BuildBot(
            [
                $"--Storage:DatabasePath={Path.Combine(_folder.FullName, "bot.db")}",
                $"--Telegram:BotToken={FakeTelegramApi.Token}",
                "--Telegram:ApiBaseUrl=http://127.0.0.1:9",
                "--Telegram:Mode=Webhook",
                "--Telegram:WebhookUrl=https://bot.example.org/telegram/webhook",
                $"--Telegram:WebhookSecret={Secret}",
                "--Urls=http://127.0.0.1:0",
                "--Logging:LogLevel:Default=Warning",
            ],
            builder =>
            {
                builder.WebHost.UseTestServer();
                builder.Services.AddHttpClient(TelegramServiceCollectionExtensions.HttpClientName)
                    .ConfigurePrimaryHttpMessageHandler(() => Api)
                    .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
                if (processor is not null)
                {
                    builder.Services.AddSingleton<ITurnProcessor>(processor);
                }
            });
    }

    public WebApplication App { get; }

    public HttpClient Http { get; private set; } = null!;

    public FakeTelegramApi Api { get; }

    /// <summary>Started; <paramref name="processor"/> replaces the real (LiteDB-backed) turn processor when given.</summary>
    public static async Task<WebhookHost> StartAsync(FakeTurnProcessor? processor = null)
    {
        var host = new WebhookHost(processor);
        await host.App.StartAsync();
        host.Http = host.App.GetTestClient();
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}
