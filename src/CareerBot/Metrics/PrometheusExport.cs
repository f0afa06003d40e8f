using System.Diagnostics.Metrics;
using CareerBot.Core.Telemetry;
using Prometheus;

namespace CareerBot.Metrics;

/// <summary>
/// The Prometheus side of GET /metrics: a registry of this host's own (not the process-wide static one, so several hosts
/// in one test process stay apart) fed by prometheus-net's meter adapter with this host's <see cref="BotMetrics"/>
/// instruments only, plus the process figures (CPU, memory, GC).
/// </summary>
internal sealed class PrometheusExport : IDisposable
{
    // Series of a quiet platform should not vanish after prometheus-net's default 5 minutes without a change; our labels
    // are few (platform, outcome), so they are kept for the adapter's maximum, a day (after that a counter restarts at 0,
    // which Prometheus's rate() reads as a reset).
    private static readonly TimeSpan KeepQuietSeriesFor = TimeSpan.FromDays(1);

    private readonly IDisposable _adapter;

    public PrometheusExport(BotMetrics metrics)
    {
        Registry = Prometheus.Metrics.NewCustomRegistry();
        DotNetStats.Register(Registry);
        _adapter = MeterAdapter.StartListening(new MeterAdapterOptions
        {
            Registry = Registry,
            InstrumentFilterPredicate = instrument => ReferenceEquals(instrument.Meter, metrics.Meter),
            MetricsExpireAfter = KeepQuietSeriesFor,
            ResolveHistogramBuckets = instrument => instrument is Histogram<double> { Advice.HistogramBucketBoundaries: { } buckets }
                ? [.. buckets]
                : MeterAdapterOptions.DefaultHistogramBuckets,
        });
    }

    public CollectorRegistry Registry { get; }

    public void Dispose() => _adapter.Dispose();
}
