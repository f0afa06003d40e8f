using CareerBot.Core.Messaging;
using CareerBot.Telegram.Health;
using CareerBot.Telegram.Sending;
using Microsoft.Extensions.Logging;

namespace CareerBot.Telegram.Polling;

/// <summary>
/// One poller per bot across processes (Telegram answers a second getUpdates with 409): the poller holds the
/// "telegram:poller" lease, renewing it while it polls; the others wait and try again, so one takes over within about
/// <see cref="Duration"/> of the poller dying. A store that belongs to one process (LiteDB) needs no lease at all.
/// </summary>
internal sealed class PollerLease(
    ILeaseStore leases, ProcessIdentity identity, TelegramStatus status, TimeProvider time, TokenRedactor redactor, ILogger<PollerLease> logger)
{
    public const string Name = "telegram:poller";
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(10);

    /// <summary>Returns once this process holds the lease (at once when the store is not shared).</summary>
    public async Task WaitUntilHeldAsync(CancellationToken cancellationToken)
    {
        if (!leases.SpansProcesses)
        {
            return;
        }

        var waiting = false;
        while (!await TryAcquireAsync(cancellationToken))
        {
            status.Standby();
            if (!waiting)
            {
                waiting = true;
                Log.PollerStandby(logger);
            }

            await Task.Delay(RenewEvery, time, cancellationToken);
        }

        Log.PollerLeading(logger);
    }

    /// <summary>Renews the lease until it is lost (returns) or <paramref name="cancellationToken"/> fires (throws).</summary>
    public async Task HoldAsync(CancellationToken cancellationToken)
    {
        if (!leases.SpansProcesses)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, time, cancellationToken);
            return;
        }

        var renewed = time.GetUtcNow();
        while (true)
        {
            await Task.Delay(RenewEvery, time, cancellationToken);
            try
            {
                if (!await leases.TryAcquireAsync(Name, identity.Id, Duration, cancellationToken))
                {
                    Log.PollerLeaseLost(logger);
                    return;
                }

                renewed = time.GetUtcNow();
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // Not renewed for a lease's length: another process may hold it by now, so stop polling to be safe.
                Log.PollerRenewFailed(logger, redactor.Scrub(ex));
                if (time.GetUtcNow() - renewed >= Duration - RenewEvery)
                {
                    Log.PollerLeaseLost(logger);
                    return;
                }
            }
        }
    }

    /// <summary>Gives the lease up at shutdown so a standby process takes over at once rather than after it runs out.</summary>
    public async Task ReleaseAsync()
    {
        if (!leases.SpansProcesses)
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await leases.ReleaseAsync(Name, identity.Id, timeout.Token);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log.PollerRenewFailed(logger, redactor.Scrub(ex)); // it runs out by itself
        }
    }

    private async Task<bool> TryAcquireAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await leases.TryAcquireAsync(Name, identity.Id, Duration, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            Log.PollerRenewFailed(logger, redactor.Scrub(ex));
            return false;
        }
    }
}
