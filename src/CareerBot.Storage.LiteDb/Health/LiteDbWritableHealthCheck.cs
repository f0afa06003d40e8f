using LiteDB;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Storage.LiteDb.Health;

/// <summary>Healthy when a probe document can be written and deleted in the LiteDB file (under the write gate, like every write).</summary>
internal sealed class LiteDbWritableHealthCheck(ILiteDatabase database, LiteDbWriteGate writeGate, TimeProvider timeProvider) : IHealthCheck
{
    public const string Name = "litedb";
    private const string ProbeCollection = "health_probe";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var probes = database.GetCollection(ProbeCollection);
            using (writeGate.Enter())
            {
                probes.Upsert(new BsonDocument { ["_id"] = "probe", ["at"] = timeProvider.GetUtcNow().UtcTicks });
                probes.Delete("probe");
            }

            return Task.FromResult(HealthCheckResult.Healthy("writable"));
        }
        catch (Exception ex) when (ex is LiteException or IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            // The message only, never the exception: LiteDB messages can quote stored keys.
            return Task.FromResult(HealthCheckResult.Unhealthy($"not writable ({ex.GetType().Name})"));
        }
    }
}
