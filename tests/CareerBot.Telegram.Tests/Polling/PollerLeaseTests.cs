using CareerBot.Telegram.Health;
using CareerBot.Telegram.Polling;
using CareerBot.Telegram.Tests.Support;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Telegram.Tests.Polling;

/// <summary>One poller per bot across processes: the others stand by on the "telegram:poller" lease and take over when it is free.</summary>
public sealed class PollerLeaseTests
{
    private const string Other = "other-process";

    [Fact]
    public async Task Polling_AnotherProcessPolls_StandsByHealthyAndNeverCallsGetUpdates()
    {
        await using var harness = new AdapterHarness(sharedLeases: true);
        await harness.Leases.TryAcquireAsync(PollerLease.Name, Other, TimeSpan.FromHours(1), CancellationToken.None);
        var sut = harness.PollingService;

        await sut.StartAsync(CancellationToken.None);
        await harness.WaitUntilAsync(() => false, maxSteps: 600); // a minute of fake time
        var health = await CheckAsync(harness);
        await sut.StopAsync(CancellationToken.None);

        Assert.Empty(harness.Api.CallsTo("getUpdates"));
        Assert.Empty(harness.Api.CallsTo("deleteWebhook"));
        Assert.Equal(HealthStatus.Healthy, health.Status);
        Assert.Equal("standby (another process polls)", health.Description);
        Assert.Contains(harness.Logs.Lines, l => l.Contains("stands by to take over", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Polling_TheOtherPollersLeaseRunsOut_TakesOverAndRenews()
    {
        await using var harness = new AdapterHarness(sharedLeases: true);
        await harness.Leases.TryAcquireAsync(PollerLease.Name, Other, PollerLease.Duration, CancellationToken.None);
        var sut = harness.PollingService;

        await sut.StartAsync(CancellationToken.None);
        var polled = await harness.WaitUntilAsync(() => harness.Api.CallsTo("getUpdates").Count > 0);
        await harness.WaitUntilAsync(() => false, maxSteps: 600);
        var otherMayTake = await harness.Leases.TryAcquireAsync(PollerLease.Name, Other, PollerLease.Duration, CancellationToken.None);
        await sut.StopAsync(CancellationToken.None);

        Assert.True(polled);
        Assert.False(otherMayTake); // renewed every 10 s while polling
        Assert.False(harness.Leases.IsHeld(PollerLease.Name)); // released at stop: a standby takes over at once
    }

    [Fact]
    public async Task Polling_LeaseLostToAnotherProcess_StopsPollingAndStandsBy()
    {
        await using var harness = new AdapterHarness(sharedLeases: true);
        var sut = harness.PollingService;
        await sut.StartAsync(CancellationToken.None);
        Assert.True(await harness.WaitUntilAsync(() => harness.Api.CallsTo("getUpdates").Count > 0));

        // The lease ran out (say the store was slow) and another process took it.
        await harness.Leases.ReleaseAsync(PollerLease.Name, harness.Get<CareerBot.Core.Messaging.ProcessIdentity>().Id, CancellationToken.None);
        await harness.Leases.TryAcquireAsync(PollerLease.Name, Other, TimeSpan.FromHours(1), CancellationToken.None);
        var standby = await harness.WaitUntilAsync(() => harness.Get<TelegramStatus>().IsStandby);
        var pollsThen = harness.Api.CallsTo("getUpdates").Count;
        await harness.WaitUntilAsync(() => false, maxSteps: 600);
        var pollsLater = harness.Api.CallsTo("getUpdates").Count;
        await sut.StopAsync(CancellationToken.None);

        Assert.True(standby);
        Assert.Equal(pollsThen, pollsLater);
        Assert.Contains(harness.Logs.Lines, l => l.Contains("poller lease was lost", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Polling_StoreOfOneProcess_TakesNoLease()
    {
        await using var harness = new AdapterHarness();
        var sut = harness.PollingService;

        await sut.StartAsync(CancellationToken.None);
        var polled = await harness.WaitUntilAsync(() => harness.Api.CallsTo("getUpdates").Count > 0);
        await sut.StopAsync(CancellationToken.None);

        Assert.True(polled);
        Assert.Empty(harness.Leases.Acquired);
    }

    private static Task<HealthCheckResult> CheckAsync(AdapterHarness harness) =>
        ActivatorUtilities.CreateInstance<TelegramHealthCheck>(harness.Services).CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);
}
