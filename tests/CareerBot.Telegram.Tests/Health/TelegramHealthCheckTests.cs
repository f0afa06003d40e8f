using CareerBot.Telegram.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Telegram.Tests.Health;

public sealed class TelegramHealthCheckTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
    private readonly TelegramStatus _status;

    public TelegramHealthCheckTests() => _status = new TelegramStatus(_time);

    [Fact]
    public async Task CheckHealthAsync_NeverPolled_DegradedThenUnhealthy()
    {
        var sut = CreateSut();

        var starting = await CheckAsync(sut);
        _time.Advance(TelegramHealthCheck.UnhealthyAfter + TimeSpan.FromSeconds(1));
        var stale = await CheckAsync(sut);

        Assert.Equal(HealthStatus.Degraded, starting.Status);
        Assert.Equal(HealthStatus.Unhealthy, stale.Status);
        Assert.Equal("getUpdates never succeeded", stale.Description);
    }

    [Fact]
    public async Task CheckHealthAsync_RecentPoll_HealthyWithAges()
    {
        var sut = CreateSut();
        _status.Polled(updates: 3);
        _time.Advance(TimeSpan.FromSeconds(20));
        _status.Polled(updates: 0);
        _time.Advance(TimeSpan.FromSeconds(5));

        var result = await CheckAsync(sut);

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal(5L, result.Data["lastPollAgeSeconds"]);
        Assert.Equal(25L, result.Data["lastUpdateAgeSeconds"]);
    }

    [Fact]
    public async Task CheckHealthAsync_PollsStopped_DegradedThenUnhealthy()
    {
        var sut = CreateSut();
        _status.Polled(updates: 0);

        _time.Advance(TimeSpan.FromSeconds(25 + 60 + 1));
        var late = await CheckAsync(sut);
        _time.Advance(TelegramHealthCheck.UnhealthyAfter);
        var stale = await CheckAsync(sut);

        Assert.Equal(HealthStatus.Degraded, late.Status);
        Assert.Equal(HealthStatus.Unhealthy, stale.Status);
        Assert.Equal("getUpdates failing", stale.Description);
    }

    [Fact]
    public async Task CheckHealthAsync_QuietCommunity_NoUpdatesForDaysStillHealthy()
    {
        var sut = CreateSut();
        _status.Polled(updates: 1);
        for (var i = 0; i < 3 * 24 * 60; i++)
        {
            _time.Advance(TimeSpan.FromMinutes(1));
            _status.Polled(updates: 0);
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
        _time.Advance(TelegramHealthCheck.UnhealthyAfter + TimeSpan.FromSeconds(1));
        var stale = await CheckAsync(sut);

        Assert.Equal((HealthStatus.Degraded, "starting"), (starting.Status, starting.Description));
        Assert.Equal((HealthStatus.Unhealthy, "setWebhook never succeeded"), (stale.Status, stale.Description));
    }

    [Fact]
    public async Task CheckHealthAsync_WebhookSetAndQuietForDays_HealthyWithTheUpdateAge()
    {
        var sut = CreateSut(TelegramMode.Webhook);
        _status.WebhookSet();
        _status.WebhookUpdateReceived();
        _time.Advance(TimeSpan.FromDays(2));

        var result = await CheckAsync(sut);

        Assert.Equal((HealthStatus.Healthy, "webhook"), (result.Status, result.Description));
        Assert.Equal((long)TimeSpan.FromDays(2).TotalSeconds, result.Data["lastUpdateAgeSeconds"]);
    }

    [Fact]
    public async Task CheckHealthAsync_StandbyCheckingTheLease_HealthyUntilTheChecksStop()
    {
        var sut = CreateSut();
        _status.Standby();
        _time.Advance(TimeSpan.FromSeconds(10));
        _status.Standby();

        var waiting = await CheckAsync(sut);
        _time.Advance(TelegramHealthCheck.UnhealthyAfter + TimeSpan.FromSeconds(1));
        var stuck = await CheckAsync(sut);

        Assert.Equal(HealthStatus.Healthy, waiting.Status);
        Assert.Equal(0L, waiting.Data["lastLeaseCheckAgeSeconds"]);
        Assert.Equal((HealthStatus.Unhealthy, "poller lease not checked"), (stuck.Status, stuck.Description));
    }

    private static Task<HealthCheckResult> CheckAsync(TelegramHealthCheck sut) =>
        sut.CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

    private TelegramHealthCheck CreateSut(TelegramMode mode = TelegramMode.Polling) =>
        new(_status, Microsoft.Extensions.Options.Options.Create(new TelegramOptions { BotToken = "1:x", PollTimeoutSeconds = 25, Mode = mode }), _time);
}
