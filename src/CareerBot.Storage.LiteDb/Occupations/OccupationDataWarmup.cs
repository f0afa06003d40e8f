using Microsoft.Extensions.Hosting;

namespace CareerBot.Storage.LiteDb.Occupations;

/// <summary>Makes the occupation data ready during host start, before the adapters registered after storage begin.</summary>
internal sealed class OccupationDataWarmup(OccupationData data) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => data.EnsureReadyAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
