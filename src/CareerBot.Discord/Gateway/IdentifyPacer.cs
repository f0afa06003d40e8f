using CareerBot.Core.Messaging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Gateway;

/// <summary>
/// Discord lets <c>max_concurrency</c> shards IDENTIFY per 5 s, one per bucket (<c>shard_id % max_concurrency</c>); more
/// is refused with op 9 (invalid session). Before each IDENTIFY (never a RESUME) this takes the lease
/// <c>discord:identify:{bucket}</c> in the shared store for 5 s and never gives it back early: the lease running out is
/// the pacing, across every process on that store. Each IDENTIFY takes it as a new owner, so a shard's
/// own last IDENTIFY paces it too (also across a restart). When the store cannot be reached the IDENTIFY goes ahead,
/// paced only within this process: Discord's worst answer to that is an op 9, after which the client identifies again.
/// </summary>
internal sealed class IdentifyPacer(
    ILeaseStore leases,
    ProcessIdentity process,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<IdentifyPacer> logger)
{
    /// <summary>How long one IDENTIFY holds its bucket (Discord's rate-limit window).</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    /// <summary>How often a shard waiting for its bucket looks at the lease again.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    private volatile int _maxConcurrency = 1;
    private DateTimeOffset? _lastIdentify;
    private long _identifies;

    /// <summary>Discord's <c>session_start_limit.max_concurrency</c>, learnt at gateway discovery (1 until known).</summary>
    public int MaxConcurrency
    {
        get => _maxConcurrency;
        set => _maxConcurrency = Math.Max(1, value);
    }

    public static int BucketOf(int shardId, int maxConcurrency) => shardId % Math.Max(1, maxConcurrency);

    public static string LeaseName(int bucket) => $"discord:identify:{bucket}";

    /// <summary>Returns once this shard may send IDENTIFY now; waits (cancellably) while its bucket is taken.</summary>
    public async Task WaitForTurnAsync(CancellationToken cancellationToken)
    {
        var shardId = options.Value.ShardId;
        var bucket = BucketOf(shardId, MaxConcurrency);
        var started = time.GetUtcNow();
        if (_lastIdentify is { } last && started - last < Window)
        {
            await Task.Delay(last + Window - started, time, cancellationToken);
        }

        var name = LeaseName(bucket);
        var owner = $"{process.Id}/shard {shardId}/identify {Interlocked.Increment(ref _identifies)}";
        var waiting = false;
        while (!await TryTakeAsync(name, owner, cancellationToken))
        {
            if (!waiting)
            {
                waiting = true;
                Log.IdentifyWaiting(logger, shardId, bucket, MaxConcurrency);
            }

            await Task.Delay(PollInterval, time, cancellationToken);
        }

        _lastIdentify = time.GetUtcNow();
        if (waiting)
        {
            Log.IdentifyTurn(logger, shardId, bucket, (long)(_lastIdentify.Value - started).TotalMilliseconds);
        }
    }

    private async Task<bool> TryTakeAsync(string name, string owner, CancellationToken cancellationToken)
    {
        try
        {
            return await leases.TryAcquireAsync(name, owner, Window, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.IdentifyLeaseUnavailable(logger, ex);
            return true;
        }
    }
}
