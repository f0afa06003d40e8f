using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Health;

/// <summary>
/// Healthy while the gateway is connected (READY or RESUMED) and heartbeats are acknowledged. Discord asks for a beat
/// about every 41 s, so an acknowledgement older than <see cref="DegradedAfter"/> means trouble; a connection missing for
/// longer than <see cref="UnhealthyAfter"/> is unhealthy. The age of the last event is reported, never judged. An
/// adapter that Discord refused for good (bad token, disallowed intents) is unhealthy with the reason.
/// </summary>
internal sealed class DiscordHealthCheck(DiscordGatewayStatus status, IOptions<DiscordOptions> options, TimeProvider timeProvider) : IHealthCheck
{
    public const string Name = "discord";
    public static readonly TimeSpan DegradedAfter = TimeSpan.FromMinutes(2);
    public static readonly TimeSpan UnhealthyAfter = TimeSpan.FromMinutes(5);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        if (!options.Value.IsEnabled)
        {
            return Task.FromResult(HealthCheckResult.Healthy("not configured"));
        }

        // With one process per shard, each endpoint says which shard it speaks for.
        var shard = $"{options.Value.ShardId}/{options.Value.ShardCount}";
        if (status.StoppedReason is { } reason)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("stopped: " + reason, data: new Dictionary<string, object> { ["connected"] = false, ["shard"] = shard }));
        }

        var now = timeProvider.GetUtcNow();
        var data = new Dictionary<string, object> { ["connected"] = status.IsConnected, ["shard"] = shard };
        if (status.LastHeartbeatAck is { } ack)
        {
            data["lastHeartbeatAckAgeSeconds"] = (long)(now - ack).TotalSeconds;
        }

        if (status.LastEvent is { } lastEvent)
        {
            data["lastEventAgeSeconds"] = (long)(now - lastEvent).TotalSeconds;
        }

        if (status.ConnectedAt is not { } connectedAt)
        {
            var waiting = now - status.CreatedAt;
            return Task.FromResult(waiting > DegradedAfter
                ? HealthCheckResult.Unhealthy("gateway not connected", data: data)
                : HealthCheckResult.Degraded("gateway connecting", data: data));
        }

        // A fresh connection has had no chance to be acknowledged yet: count from READY.
        var ackAge = now - (status.LastHeartbeatAck is { } last && last > connectedAt ? last : connectedAt);
        var result = ackAge switch
        {
            _ when ackAge > UnhealthyAfter => HealthCheckResult.Unhealthy("no heartbeat ACK", data: data),
            _ when ackAge > DegradedAfter => HealthCheckResult.Degraded("heartbeat ACK late", data: data),
            _ => HealthCheckResult.Healthy("connected", data),
        };
        return Task.FromResult(result);
    }
}
