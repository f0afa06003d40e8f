using CareerBot.Core.Messaging;

namespace CareerBot.Core.Tests.Support;

/// <summary>Leases in memory, shared by the "processes" of a test (dispatchers, schedulers) when <see cref="SpansProcesses"/> is set.</summary>
internal sealed class InMemoryLeaseStore(TimeProvider time, bool spansProcesses = true) : ILeaseStore
{
    private readonly Dictionary<string, (string Owner, DateTimeOffset Until)> _leases = [];

    public bool SpansProcesses => spansProcesses;

    public List<string> Acquired { get; } = [];

    public Task<bool> TryAcquireAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        lock (_leases)
        {
            var now = time.GetUtcNow();
            if (_leases.TryGetValue(name, out var held) && held.Owner != owner && held.Until > now)
            {
                return Task.FromResult(false);
            }

            _leases[name] = (owner, now + duration);
            Acquired.Add($"{owner} {name}");
            return Task.FromResult(true);
        }
    }

    public Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken)
    {
        lock (_leases)
        {
            if (_leases.TryGetValue(name, out var held) && held.Owner == owner)
            {
                _leases.Remove(name);
            }
        }

        return Task.CompletedTask;
    }

    public bool IsHeld(string name)
    {
        lock (_leases)
        {
            return _leases.TryGetValue(name, out var held) && held.Until > time.GetUtcNow();
        }
    }
}
