using System.Collections.Concurrent;
using CareerBot.Core.Messaging;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>IPlatformStateStore in a dictionary, counting writes.</summary>
internal sealed class InMemoryPlatformStateStore : IPlatformStateStore
{
    private int _writes;

    public ConcurrentDictionary<string, string> Values { get; } = new();

    /// <summary>SetAsync calls so far (removals included).</summary>
    public int Writes => Volatile.Read(ref _writes);

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(Values.TryGetValue(key, out var value) ? value : null);

    public Task SetAsync(string key, string? value, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _writes);
        if (value is null)
        {
            Values.TryRemove(key, out _);
        }
        else
        {
            Values[key] = value;
        }

        return Task.CompletedTask;
    }
}
