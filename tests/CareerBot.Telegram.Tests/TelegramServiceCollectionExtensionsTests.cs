using CareerBot.Telegram.Polling;
using CareerBot.Telegram.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CareerBot.Telegram.Tests;

public sealed class TelegramServiceCollectionExtensionsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void AddTelegramAdapter_NoToken_RegistersNothingThatRuns(string? token)
    {
        var services = Services(new() { ["Telegram:BotToken"] = token });

        services.AddTelegramAdapter();

        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IHostedService));
    }

    [Fact]
    public void AddTelegramAdapter_Token_RegistersPollingService()
    {
        var services = Services(new() { ["Telegram:BotToken"] = FakeTelegramApi.Token });

        services.AddTelegramAdapter();

        Assert.Contains(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(TelegramPollingService));
    }

    [Fact]
    public void AddTelegramAdapter_HostBuilderConfiguration_TokenFromEnvironmentStyleKeyIsSeen()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Telegram:BotToken"] = FakeTelegramApi.Token });

        builder.Services.AddTelegramAdapter();

        Assert.Contains(builder.Services, d => d.ServiceType == typeof(IHostedService));
    }

    [Theory]
    [InlineData("not-a-token-SECRET")]
    [InlineData("123456:")]
    public void Options_MalformedToken_FailsWithoutShowingIt(string token)
    {
        using var provider = Services(new() { ["Telegram:BotToken"] = token }).AddTelegramAdapter().BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TelegramOptions>>().Value);

        Assert.Contains("BotToken", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_BadBaseUrl_Fails()
    {
        using var provider = Services(new() { ["Telegram:BotToken"] = FakeTelegramApi.Token, ["Telegram:ApiBaseUrl"] = "ftp:/nope" })
            .AddTelegramAdapter().BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TelegramOptions>>().Value);
    }

    [Fact]
    public void CreateClient_PackageRetryDisabledSoPollySees429()
    {
        using var http = new HttpClient();

        var client = TelegramServiceCollectionExtensions.CreateClient(new TelegramOptions { BotToken = FakeTelegramApi.Token, ApiBaseUrl = "http://127.0.0.1:9" }, http);

        Assert.True(client.LocalBotServer);
    }

    private static ServiceCollection Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        return services;
    }
}
