using CareerBot.Core.Messaging;

namespace CareerBot.Telegram.Tests.Support;

/// <summary>Passes every call to the inner store and counts it (gets read, sets write), also by key shape; a set to null (remove) is a write too.</summary>
internal sealed class CountingPlatformStateStore(IPlatformStateStore inner) : IPlatformStateStore
{
    public StoreCallCounts Counts { get; } = new();

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        Counts.Count(nameof(GetAsync), StoreCallKind.Read, key);
        return inner.GetAsync(key, cancellationToken);
    }

    public Task SetAsync(string key, string? value, CancellationToken cancellationToken)
    {
        Counts.Count(nameof(SetAsync), StoreCallKind.Write, value is null ? key + " (remove)" : key);
        return inner.SetAsync(key, value, cancellationToken);
    }
}
