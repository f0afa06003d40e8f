using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging.Delivery;
using CareerBot.Core.Messaging;
using CareerBot.Discord.Delivery;
using CareerBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Moq;

namespace CareerBot.Discord.Tests;

public sealed class DiscordServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddDiscordAdapter_NoToken_HostedServiceEndsAtOnceWithoutConnecting()
    {
        await using var services = CreateSut(new() { ["Discord:BotToken"] = "" });
        var sut = Assert.IsType<DiscordBotService>(Assert.Single(services.GetServices<IHostedService>()));

        await sut.StartAsync(CancellationToken.None);

        await sut.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(sut.ExecuteTask.IsCompletedSuccessfully);
        Assert.Null(sut.Router);
    }

    [Fact]
    public async Task AddDiscordAdapter_Always_RegistersTheDiscordReplySenderForTheDeliveryPath()
    {
        await using var services = CreateSut(new() { ["Discord:BotToken"] = "" });

        var sut = Assert.Single(services.GetServices<IReplySender>());

        Assert.IsType<DiscordReplySender>(sut);
        Assert.Equal(Platform.Discord, sut.Platform);
        Assert.False(sut.IsEnabled);
    }

    [Fact]
    public async Task AddDiscordAdapter_Defaults_MatchTheDocumentedConfiguration()
    {
        await using var services = CreateSut([]);

        var sut = services.GetRequiredService<IOptions<DiscordOptions>>().Value;

        Assert.Equal("https://discord.com/api/v10", sut.ApiBaseUrl);
        Assert.Equal(37377, sut.Intents);
        Assert.Equal((0, 1), (sut.ShardId, sut.ShardCount));
        Assert.False(sut.IsEnabled);
    }

    [Fact]
    public async Task AddDiscordAdapter_BadApiBaseUrl_FailsValidationWithTheKeyName()
    {
        await using var services = CreateSut(new() { ["Discord:ApiBaseUrl"] = "not a url", ["Discord:ShardCount"] = "0" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains("ApiBaseUrl", error.Message, StringComparison.Ordinal);
        Assert.Contains("ShardCount", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider CreateSut(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddSingleton(Mock.Of<ITurnProcessor>()); // the host's; the adapter only hands messages to it
        services.AddSingleton<IChatAdapterSupervisor>(new RecordingAdapterSupervisor());
        services.AddSingleton<ILeaseStore>(new InMemoryLeaseStore(TimeProvider.System)); // the storage project's, in the host
        services.AddDiscordAdapter();
        return services.BuildServiceProvider();
    }
}
