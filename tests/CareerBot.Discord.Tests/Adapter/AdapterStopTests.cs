using CareerBot.Core.Messaging;
using CareerBot.Discord.Health;
using CareerBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Tests.Adapter;

/// <summary>The whole adapter when Discord refuses the bot for good: it stops alone and says why.</summary>
public sealed class AdapterStopTests
{
    [Theory]
    [InlineData(4004, "authentication failed")]
    [InlineData(4014, "disallowed intents")]
    public async Task GatewayFatalClose_StopsOnlyTheAdapterReportsTheReasonAndHealthSaysWhy(int code, string reason)
    {
        await using var sut = new AdapterHarness(Echo);
        await sut.StartAsync();
        var service = sut.Host.Services.GetServices<IHostedService>().OfType<DiscordBotService>().Single();

        await sut.Gateway.CloseAsync(code);
        var (platform, reported) = await sut.Host.Supervisor.FirstStop.WaitAsync(TimeSpan.FromSeconds(10));
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));
        var health = await HealthCheck(sut).CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

        Assert.Equal(Platform.Discord, platform);
        Assert.Contains(reason, reported, StringComparison.Ordinal);
        Assert.True(service.ExecuteTask.IsCompletedSuccessfully);
        Assert.Single(sut.Host.Supervisor.Stopped);
        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        Assert.Equal("stopped: " + reported, health.Description);
        Assert.Single(sut.Host.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
    }

    private static DiscordHealthCheck HealthCheck(AdapterHarness sut) => new(
        sut.Host.Services.GetRequiredService<DiscordGatewayStatus>(),
        sut.Host.Services.GetRequiredService<IOptions<DiscordOptions>>(),
        sut.Host.Time);

    private static IReadOnlyList<OutgoingMessage> Echo(IncomingMessage message) => [new OutgoingMessage { Text = "Noted: " + message.Text }];
}
