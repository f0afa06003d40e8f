using System.Globalization;
using System.Text.Json;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>
/// Shards as Discord has them: a connection's IDENTIFY says [shard_id, shard_count]; a server's events go to shard
/// (guild_id &gt;&gt; 22) % shard_count, events without a guild (DMs) to shard 0; GET /gateway/bot reports
/// max_concurrency. IDENTIFY times are recorded per shard so tests can check the pacing.
/// </summary>
public sealed partial class FakeDiscordServer
{
    private readonly List<RecordedIdentify> _identifies = [];
    private readonly List<FakeGatewayConnection> _identified = [];

    /// <summary>session_start_limit.max_concurrency in GET /gateway/bot: how many buckets may IDENTIFY per 5 s.</summary>
    public int MaxConcurrency { get; set; } = 1;

    /// <summary>"shards" in GET /gateway/bot.</summary>
    public int RecommendedShards { get; set; } = 1;

    /// <summary>session_start_limit.remaining in GET /gateway/bot.</summary>
    public int SessionStartsRemaining { get; set; } = 999;

    /// <summary>session_start_limit.reset_after (ms) in GET /gateway/bot.</summary>
    public long SessionStartResetAfterMs { get; set; } = 14_400_000;

    /// <summary>Every IDENTIFY so far, in arrival order.</summary>
    public IReadOnlyList<RecordedIdentify> Identifies
    {
        get
        {
            lock (_gate)
            {
                return [.. _identifies];
            }
        }
    }

    /// <summary>Discord's rule: shard_id = (guild_id &gt;&gt; 22) % num_shards.</summary>
    public static int ShardOf(string guildId, int shardCount) =>
        (int)((ulong.Parse(guildId, CultureInfo.InvariantCulture) >> 22) % (ulong)shardCount);

    /// <summary>When each IDENTIFY for <paramref name="shardId"/> arrived.</summary>
    public IReadOnlyList<DateTimeOffset> IdentifyTimes(int shardId)
    {
        lock (_gate)
        {
            return [.. _identifies.Where(i => i.ShardId == shardId).Select(i => i.At)];
        }
    }

    /// <summary>Waits (real time, bounded) for the newest open connection that identified as <paramref name="shardId"/>.</summary>
    public async Task<FakeGatewayConnection> ShardConnectionAsync(int shardId, int timeoutMs = 10000)
    {
        using var timeout = new CancellationTokenSource(timeoutMs);
        while (true)
        {
            Task signal;
            lock (_gate)
            {
                if (LiveShard(shardId) is { } connection)
                {
                    return connection;
                }

                signal = _changed.Task;
            }

            await signal.WaitAsync(timeout.Token);
        }
    }

    /// <summary>
    /// Sends a dispatch as Discord routes it: to the shard of its guild_id, or to shard 0 when it has none (a DM),
    /// numbered after what that connection was sent last. Returns the connection it went to.
    /// </summary>
    public async Task<FakeGatewayConnection> DispatchAsync(string type, object data)
    {
        var element = JsonSerializer.SerializeToElement(data);
        FakeGatewayConnection connection;
        lock (_gate)
        {
            var shardId = 0;
            if (element.TryGetProperty("guild_id", out var guild) && guild.GetString() is { } guildId)
            {
                var count = _identified.LastOrDefault(c => !c.Closed.IsCompleted)?.Shard?.Count
                    ?? throw new InvalidOperationException("No gateway connection has identified.");
                shardId = ShardOf(guildId, count);
            }

            connection = LiveShard(shardId) ?? throw new InvalidOperationException($"No open gateway connection identified as shard {shardId}.");
        }

        await connection.SendDispatchAsync(type, data);
        return connection;
    }

    private FakeGatewayConnection? LiveShard(int shardId) =>
        _identified.LastOrDefault(c => c.Shard?.Id == shardId && !c.Closed.IsCompleted);

    private void OnIdentify(FakeGatewayConnection connection, (int Id, int Count) shard)
    {
        lock (_gate)
        {
            _identifies.Add(new RecordedIdentify(shard.Id, shard.Count, _time.GetUtcNow()));
            _identified.Add(connection);
        }

        Signal();
    }
}
