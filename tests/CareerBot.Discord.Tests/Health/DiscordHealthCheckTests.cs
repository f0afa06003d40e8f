using CareerBot.Discord.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Discord.Tests.Health;

public sealed class DiscordHealthCheckTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));
    private readonly DiscordGatewayStatus _status;

    public DiscordHealthCheckTests() => _status = new DiscordGatewayStatus(_time);

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
        _time.Advance(DiscordHealthCheck.DegradedAfter + TimeSpan.FromSeconds(1));
        var stale = await CheckAsync(sut);

        Assert.Equal(HealthStatus.Degraded, starting.Status);
        Assert.Equal(HealthStatus.Unhealthy, stale.Status);
        Assert.False((bool)stale.Data["connected"]);
    }

    [Fact]
    public async Task CheckHealthAsync_ReadyAndAcknowledged_Healthy()
    {
        var sut = CreateSut();
        _status.Ready();
        _time.Advance(TimeSpan.FromSeconds(41));
        _status.HeartbeatAcknowledged();
        _status.EventReceived();
        _time.Advance(TimeSpan.FromSeconds(30));

        var result = await CheckAsync(sut);

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal(30L, result.Data["lastHeartbeatAckAgeSeconds"]);
        Assert.Equal(30L, result.Data["lastEventAgeSeconds"]);
    }

    [Fact]
    public async Task CheckHealthAsync_AcknowledgementsStopped_DegradedThenUnhealthy()
    {
        var sut = CreateSut();
        _status.Ready();
        _status.HeartbeatAcknowledged();

        _time.Advance(DiscordHealthCheck.DegradedAfter + TimeSpan.FromSeconds(1));
        var late = await CheckAsync(sut);
        _time.Advance(DiscordHealthCheck.UnhealthyAfter);
        var stale = await CheckAsync(sut);

        Assert.Equal(HealthStatus.Degraded, late.Status);
        Assert.Equal(HealthStatus.Unhealthy, stale.Status);
    }

    [Fact]
    public async Task CheckHealthAsync_ConnectionLostLongAgo_Unhealthy()
    {
        var sut = CreateSut();
        _status.Ready();
        _status.Disconnected();
        _time.Advance(TimeSpan.FromMinutes(10));

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
        _status.Ready();

        var result = await CheckAsync(sut);

        Assert.Equal("1/4", result.Data["shard"]);
    }

    private DiscordHealthCheck CreateSut(string token = "fake-token-for-tests", int shardId = 0, int shardCount = 1) =>
        new(_status, Microsoft.Extensions.Options.Options.Create(new DiscordOptions { BotToken = token, ShardId = shardId, ShardCount = shardCount }), _time);
}
