using CareerBot.Discord.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Discord.Tests.Health;

public sealed class DiscordHealthCheckTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));
    private readonly DiscordGatewayStatus status;

    public DiscordHealthCheckTests() => status = new DiscordGatewayStatus(time);

    [Fact]
    public async Task CheckHealthAsync_NoToken_HealthyNotConfigured()
    {
        var sut = CreateSut(token: "");

        var result = await CheckAsync(sut);

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal("not configured", result.Description);
    }

    [Fact]
    public async Task CheckHealthAsync_NotYetConnected_DegradedThenUnhealthyAfterGrace()
    {
        var sut = CreateSut();

        var starting = await CheckAsync(sut);
        time.Advance(DiscordHealthCheck.DegradedAfter + TimeSpan.FromSeconds(1));
        var stale = await CheckAsync(sut);

        Assert.Equal(HealthStatus.Degraded, starting.Status);
        Assert.Equal(HealthStatus.Unhealthy, stale.Status);
        Assert.False((bool)stale.Data["connected"]);
    }

    [Fact]
    public async Task CheckHealthAsync_ReadyAndAcknowledged_Healthy()
    {
        var sut = CreateSut();
        status.Ready();
        time.Advance(TimeSpan.FromSeconds(41));
        status.HeartbeatAcknowledged();
        status.EventReceived();
        time.Advance(TimeSpan.FromSeconds(30));

        var result = await CheckAsync(sut);

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal(30L, result.Data["lastHeartbeatAckAgeSeconds"]);
        Assert.Equal(30L, result.Data["lastEventAgeSeconds"]);
    }

    [Fact]
    public async Task CheckHealthAsync_AcknowledgementsStopped_DegradedThenUnhealthy()
    {
        var sut = CreateSut();
        status.Ready();
        status.HeartbeatAcknowledged();

        time.Advance(DiscordHealthCheck.DegradedAfter + TimeSpan.FromSeconds(1));
        var late = await CheckAsync(sut);
        time.Advance(DiscordHealthCheck.UnhealthyAfter);
        var stale = await CheckAsync(sut);

        Assert.Equal(HealthStatus.Degraded, late.Status);
        Assert.Equal(HealthStatus.Unhealthy, stale.Status);
    }

    [Fact]
    public async Task CheckHealthAsync_ConnectionLostLongAgo_Unhealthy()
    {
        var sut = CreateSut();
        status.Ready();
        status.Disconnected();
        time.Advance(TimeSpan.FromMinutes(10));

        var result = await CheckAsync(sut);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("gateway not connected", result.Description);
    }

    private static Task<HealthCheckResult> CheckAsync(DiscordHealthCheck sut) =>
        sut.CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

    [Fact]
    public async Task CheckHealthAsync_ShardedProcess_SaysWhichShard()
    {
        var sut = CreateSut(shardId: 1, shardCount: 4);
        status.Ready();

        var result = await CheckAsync(sut);

        Assert.Equal("1/4", result.Data["shard"]);
    }

    private DiscordHealthCheck CreateSut(string token = "fake-token-for-tests", int shardId = 0, int shardCount = 1) =>
        new(status, Microsoft.Extensions.Options.Options.Create(new DiscordOptions { BotToken = token, ShardId = shardId, ShardCount = shardCount }), time);
}
