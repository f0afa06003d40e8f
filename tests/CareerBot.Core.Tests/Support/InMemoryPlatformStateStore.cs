using System.Collections.Concurrent;
using CareerBot.Core.Messaging;

namespace CareerBot.Core.Tests.Support;

/// <summary>Platform state in a dictionary (the store several processes share).</summary>
internal sealed class InMemoryPlatformStateStore : IPlatformStateStore
{
    public ConcurrentDictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(Values.TryGetValue(key, out var value) ? value : null);

    public Task SetAsync(string key, string? value, CancellationToken cancellationToken)
    {
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
