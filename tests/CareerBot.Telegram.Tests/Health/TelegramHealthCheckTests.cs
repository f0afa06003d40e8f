using CareerBot.Telegram.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Telegram.Tests.Health;

public sealed class TelegramHealthCheckTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
    private readonly TelegramStatus status;

    public TelegramHealthCheckTests() => status = new TelegramStatus(time);

    [Fact]
    public async Task CheckHealthAsync_NeverPolled_DegradedThenUnhealthy()
    {
        var sut = CreateSut();

        var starting = await CheckAsync(sut);
        time.Advance(TelegramHealthCheck.UnhealthyAfter + TimeSpan.FromSeconds(1));
        var stale = await CheckAsync(sut);

        Assert.Equal(HealthStatus.Degraded, starting.Status);
        Assert.Equal(HealthStatus.Unhealthy, stale.Status);
        Assert.Equal("getUpdates never succeeded", stale.Description);
    }

    [Fact]
    public async Task CheckHealthAsync_RecentPoll_HealthyWithAges()
    {
        var sut = CreateSut();
        status.Polled(updates: 3);
        time.Advance(TimeSpan.FromSeconds(20));
        status.Polled(updates: 0);
        time.Advance(TimeSpan.FromSeconds(5));

        var result = await CheckAsync(sut);

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal(5L, result.Data["lastPollAgeSeconds"]);
        Assert.Equal(25L, result.Data["lastUpdateAgeSeconds"]);
    }

    [Fact]
    public async Task CheckHealthAsync_PollsStopped_DegradedThenUnhealthy()
    {
        var sut = CreateSut();
        status.Polled(updates: 0);

        time.Advance(TimeSpan.FromSeconds(25 + 60 + 1));
        var late = await CheckAsync(sut);
        time.Advance(TelegramHealthCheck.UnhealthyAfter);
        var stale = await CheckAsync(sut);

        Assert.Equal(HealthStatus.Degraded, late.Status);
        Assert.Equal(HealthStatus.Unhealthy, stale.Status);
        Assert.Equal("getUpdates failing", stale.Description);
    }

    [Fact]
    public async Task CheckHealthAsync_QuietCommunity_NoUpdatesForDaysStillHealthy()
    {
        var sut = CreateSut();
        status.Polled(updates: 1);
        for (var i = 0; i < 3 * 24 * 60; i++)
        {
            time.Advance(TimeSpan.FromMinutes(1));
            status.Polled(updates: 0);
        }

        var result = await CheckAsync(sut);

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal((long)TimeSpan.FromDays(3).TotalSeconds, result.Data["lastUpdateAgeSeconds"]);
    }

    [Fact]
    public async Task CheckHealthAsync_WebhookNotYetSet_DegradedThenUnhealthy()
    {
        var sut = CreateSut(TelegramMode.Webhook);

        var starting = await CheckAsync(sut);
        time.Advance(TelegramHealthCheck.UnhealthyAfter + TimeSpan.FromSeconds(1));
        var stale = await CheckAsync(sut);

        Assert.Equal((HealthStatus.Degraded, "starting"), (starting.Status, starting.Description));
        Assert.Equal((HealthStatus.Unhealthy, "setWebhook never succeeded"), (stale.Status, stale.Description));
    }

    [Fact]
    public async Task CheckHealthAsync_WebhookSetAndQuietForDays_HealthyWithTheUpdateAge()
    {
        var sut = CreateSut(TelegramMode.Webhook);
        status.WebhookSet();
        status.WebhookUpdateReceived();
        time.Advance(TimeSpan.FromDays(2));

        var result = await CheckAsync(sut);

        Assert.Equal((HealthStatus.Healthy, "webhook"), (result.Status, result.Description));
        Assert.Equal((long)TimeSpan.FromDays(2).TotalSeconds, result.Data["lastUpdateAgeSeconds"]);
    }

    [Fact]
    public async Task CheckHealthAsync_StandbyCheckingTheLease_HealthyUntilTheChecksStop()
    {
        var sut = CreateSut();
        status.Standby();
        time.Advance(TimeSpan.FromSeconds(10));
        status.Standby();

        var waiting = await CheckAsync(sut);
        time.Advance(TelegramHealthCheck.UnhealthyAfter + TimeSpan.FromSeconds(1));
        var stuck = await CheckAsync(sut);

        Assert.Equal(HealthStatus.Healthy, waiting.Status);
        Assert.Equal(0L, waiting.Data["lastLeaseCheckAgeSeconds"]);
        Assert.Equal((HealthStatus.Unhealthy, "poller lease not checked"), (stuck.Status, stuck.Description));
    }

    private static Task<HealthCheckResult> CheckAsync(TelegramHealthCheck sut) =>
        sut.CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

    private TelegramHealthCheck CreateSut(TelegramMode mode = TelegramMode.Polling) =>
        new(status, Microsoft.Extensions.Options.Options.Create(new TelegramOptions { BotToken = "1:x", PollTimeoutSeconds = 25, Mode = mode }), time);
}
