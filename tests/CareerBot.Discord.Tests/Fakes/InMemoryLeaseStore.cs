using CareerBot.Core.Messaging;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>ILeaseStore in a dictionary on the given clock; shared by several test hosts it stands for a store that spans processes.</summary>
internal sealed class InMemoryLeaseStore(TimeProvider time, bool spansProcesses = true) : ILeaseStore
{
    private readonly Dictionary<string, (string Owner, DateTimeOffset Until)> _leases = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public bool SpansProcesses => spansProcesses;

    /// <summary>When set, every call throws it (the store is down).</summary>
    public Exception? Failure { get; set; }

    /// <summary>Every lease taken so far: name, owner and when.</summary>
    public List<(string Name, string Owner, DateTimeOffset At)> Taken { get; } = [];

    public Task<bool> TryAcquireAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Failure is { } failure)
        {
            return Task.FromException<bool>(failure);
        }

        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_leases.TryGetValue(name, out var held) && held.Owner != owner && held.Until > now)
            {
                return Task.FromResult(false);
            }

            _leases[name] = (owner, now + duration);
            Taken.Add((name, owner, now));
            return Task.FromResult(true);
        }
    }

    public Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_leases.TryGetValue(name, out var held) && held.Owner == owner)
            {
                _leases.Remove(name);
            }
        }

        return Task.CompletedTask;
    }
}
