using System.Diagnostics.Metrics;
using CareerBot.Core.Telemetry;
using Microsoft.Extensions.Hosting;
using Prometheus;

namespace CareerBot.Metrics;

/// <summary>
/// The Prometheus side of GET /metrics: prometheus-net's default registry with the process figures (CPU, memory, GC)
/// and its meter adapter restricted to the CareerBot meter (the runtime's and ASP.NET Core's meters and the event
/// counters are left out as noise). prometheus-net 8.2.1's adapter writes to the default registry whatever registry it
/// is given, so the export is process-wide: one host per process in production; tests that start several hosts in one
/// process see their sums.
/// </summary>
internal sealed class PrometheusExport : IHostedLifecycleService
{
    // Series of a quiet platform should not vanish after the adapter's default 5 minutes without a change; our labels are
    // few (platform, outcome), so they are kept for its maximum, a day (after that a counter restarts at 0, which
    // Prometheus's rate() reads as a reset).
    private static readonly TimeSpan KeepQuietSeriesFor = TimeSpan.FromDays(1);

    /// <summary>
    /// The adapter starts listening at the registry's first collection and misses what was recorded before, so the
    /// first collection happens here, before any hosted service's StartAsync (no turn can run before it).
    /// </summary>
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        Prometheus.Metrics.SuppressDefaultMetrics(new SuppressDefaultMetricOptions
        {
            SuppressProcessMetrics = false,
            SuppressDebugMetrics = true,
            SuppressEventCounters = true,
            SuppressMeters = false,
        });
        Prometheus.Metrics.ConfigureMeterAdapter(adapter =>
        {
            adapter.InstrumentFilterPredicate = instrument => instrument.Meter.Name == BotMetrics.MeterName;
            adapter.MetricsExpireAfter = KeepQuietSeriesFor;
            adapter.ResolveHistogramBuckets = instrument => instrument is Histogram<double> { Advice.HistogramBucketBoundaries: { } buckets }
                ? [.. buckets]
                : MeterAdapterOptions.DefaultHistogramBuckets;
        });
        await Prometheus.Metrics.DefaultRegistry.CollectAndExportAsTextAsync(Stream.Null, cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
