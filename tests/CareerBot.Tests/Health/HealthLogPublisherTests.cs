using CareerBot.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace CareerBot.Tests.Health;

public sealed class HealthLogPublisherTests
{
    private readonly CapturingLogger<HealthLogPublisher> _logger = new();

    [Fact]
    public async Task PublishAsync_Degraded_OneWarningLineNamingEachCheck()
    {
        var sut = CreateSut();
        var report = Report(("litedb", HealthStatus.Healthy, "writable"), ("discord", HealthStatus.Degraded, "heartbeat ACK late"));

        await sut.PublishAsync(report, CancellationToken.None);

        var (level, message) = Assert.Single(_logger.Entries);
        Assert.Equal(LogLevel.Warning, level);
        Assert.Equal("Health Degraded: litedb=Healthy discord=Degraded (heartbeat ACK late)", message);
        Assert.DoesNotContain('\n', message);
    }

    [Fact]
    public async Task PublishAsync_Healthy_InformationLine()
    {
        var sut = CreateSut();

        await sut.PublishAsync(Report(("litedb", HealthStatus.Healthy, "writable")), CancellationToken.None);

        Assert.Equal(LogLevel.Information, Assert.Single(_logger.Entries).Level);
    }

    private HealthLogPublisher CreateSut() => new(_logger);

    private static HealthReport Report(params (string Name, HealthStatus Status, string Description)[] checks) => new(
        checks.ToDictionary(c => c.Name, c => new HealthReportEntry(c.Status, c.Description, TimeSpan.FromMilliseconds(1), null, null)),
        TimeSpan.FromMilliseconds(2));
}
