using CareerBot.Core.Discussions;
using CareerBot.Discussions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Tests.Discussions;

public class WeeklySchedulerHealthCheckTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
    private readonly PromptsOptions _options = new() { MaxSleep = TimeSpan.FromMinutes(5) };

    [Fact]
    public async Task CheckHealthAsync_JustPassed_Healthy()
    {
        var (sut, scheduler) = CreateSut();
        await scheduler.RunOnceAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(6));

        var result = await sut.CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal(360L, result.Data["lastRunAgeSeconds"]);
    }

    [Theory]
    [InlineData(8, HealthStatus.Degraded)]
    [InlineData(26, HealthStatus.Unhealthy)]
    public async Task CheckHealthAsync_NoPassFor_DegradedThenUnhealthy(int minutes, HealthStatus expected)
    {
        var (sut, scheduler) = CreateSut();
        await scheduler.RunOnceAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(minutes));

        var result = await sut.CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

        Assert.Equal(expected, result.Status);
    }

    [Fact]
    public async Task CheckHealthAsync_NeverRanSinceStart_UnhealthyOnlyAfterTheGracePeriod()
    {
        var (sut, _) = CreateSut();

        var early = await sut.CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(30));
        var late = await sut.CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

        Assert.Equal(HealthStatus.Healthy, early.Status);
        Assert.Equal(HealthStatus.Unhealthy, late.Status);
        Assert.Equal("never ran", late.Description);
    }

    private (WeeklySchedulerHealthCheck Check, WeeklyPromptScheduler Scheduler) CreateSut()
    {
        var store = new EmptyDiscussionStore();
        var catalog = PromptCatalog.Load([new PromptSource("p.md", "---\nid: p\ntheme: retraining\n---\n## en\nA\n## nl\nB\n")]);
        var prompts = new WeeklyPrompts(store, catalog, [], new DiscussionSettings(), _clock, new Random(1));
        var options = Options.Create(_options);
        var scheduler = new WeeklyPromptScheduler(prompts, catalog, store, _clock, options, NullLogger<WeeklyPromptScheduler>.Instance);
        return (new WeeklySchedulerHealthCheck(scheduler, options, _clock), scheduler);
    }
}
