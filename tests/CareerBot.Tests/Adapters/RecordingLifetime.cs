using Microsoft.Extensions.Hosting;

namespace CareerBot.Tests.Adapters;

/// <summary>An IHostApplicationLifetime that counts stop requests.</summary>
internal sealed class RecordingLifetime : IHostApplicationLifetime
{
    public int StopRequests { get; private set; }

    public CancellationToken ApplicationStarted => CancellationToken.None;

    public CancellationToken ApplicationStopping => CancellationToken.None;

    public CancellationToken ApplicationStopped => CancellationToken.None;

    public void StopApplication() => StopRequests++;
}
