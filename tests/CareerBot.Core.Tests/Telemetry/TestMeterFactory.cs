using System.Diagnostics.Metrics;

namespace CareerBot.Core.Tests.Telemetry;

/// <summary>Meters for one test, disposed with it (what the host's IMeterFactory does per container).</summary>
internal sealed class TestMeterFactory : IMeterFactory
{
    private readonly List<Meter> _meters = [];

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options.Name, options.Version, options.Tags, scope: this);
        _meters.Add(meter);
        return meter;
    }

    public void Dispose() => _meters.ForEach(m => m.Dispose());
}
