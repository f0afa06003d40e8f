namespace CareerBot.Core.Messaging;

/// <summary>
/// Named, expiring leases: who may do a piece of work that must not run twice at once (send one conversation's replies,
/// post one channel's weekly prompt, poll Telegram, IDENTIFY on a Discord bucket). A lease is held by an owner
/// (a <see cref="ProcessIdentity"/>) until it is released or its time runs out, so a killed process frees its work.
/// </summary>
public interface ILeaseStore
{
    /// <summary>True when every process sharing the store sees the same leases (PostgreSQL); false when the store belongs to one process (LiteDB).</summary>
    bool SpansProcesses { get; }

    /// <summary>Takes the lease, or renews it when <paramref name="owner"/> holds it, until now + <paramref name="duration"/>; false while another owner's lease runs.</summary>
    Task<bool> TryAcquireAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Gives the lease up if <paramref name="owner"/> holds it; otherwise does nothing.</summary>
    Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken);
}
