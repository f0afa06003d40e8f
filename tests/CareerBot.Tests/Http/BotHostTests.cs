using CareerBot.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace CareerBot.Tests.Http;

/// <summary>When the bot listens for HTTP, and what the composition adds for it.</summary>
public sealed class BotHostTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("careerbot-bothost-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task BuildBot_ConsoleChatWithUrls_ListensNowhere()
    {
        await using var sut = CareerBotHost.BuildBot([Db(), "--Urls=http://127.0.0.1:0"]);

        Assert.IsType<NoServer>(sut.Services.GetRequiredService<IServer>());
    }

    [Fact]
    public async Task BuildBot_TokenWithoutUrls_ListensNowhere()
    {
        await using var sut = CareerBotHost.BuildBot([Db(), "--Discord:BotToken=x"]);

        Assert.IsType<NoServer>(sut.Services.GetRequiredService<IServer>());
    }

    [Theory]
    [InlineData("--Urls=http://127.0.0.1:0")]
    [InlineData("--HTTP_PORTS=8080")]
    public async Task BuildBot_TokenAndAnAddress_Kestrel(string address)
    {
        await using var sut = CareerBotHost.BuildBot([Db(), "--Discord:BotToken=x", address]);

        Assert.IsNotType<NoServer>(sut.Services.GetRequiredService<IServer>());
    }

    [Fact]
    public async Task StartAsync_WebhookModeWithoutUrls_StopsWithTheReason()
    {
        await using var sut = CareerBotHost.BuildBot([Db(), "--Telegram:BotToken=1:x", "--Telegram:Mode=Webhook", "--Telegram:WebhookUrl=https://bot.example.org/telegram/webhook", "--Telegram:WebhookSecret=s"]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => sut.StartAsync());

        Assert.Contains("Telegram:Mode is Webhook, but no HTTP address is configured", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_DiscordShardIdNotBelowShardCount_StopsNamingBothKeys()
    {
        await using var sut = CareerBotHost.BuildBot([Db(), "--Discord:BotToken=x", "--Discord:ShardId=2", "--Discord:ShardCount=2"]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => sut.StartAsync());

        Assert.Contains("Discord:ShardId (2) must be less than Discord:ShardCount (2)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildBot_OtlpEndpointConfigured_MetricsGoOverOtlpToo()
    {
        await using var with = CareerBotHost.BuildBot([Db(), "--Discord:BotToken=x", "--OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:4317"]);
        await using var without = CareerBotHost.BuildBot([Db(), "--Discord:BotToken=x"]);

        Assert.NotNull(with.Services.GetService<MeterProvider>());
        Assert.Null(without.Services.GetService<MeterProvider>());
    }

    private string Db() => $"--Storage:DatabasePath={Path.Combine(_folder.FullName, "bot.db")}";
}
