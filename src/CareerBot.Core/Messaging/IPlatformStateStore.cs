namespace CareerBot.Core.Messaging;

/// <summary>Small durable key/value state an adapter keeps across restarts (polling offset, blocked chats, command hashes).</summary>
public interface IPlatformStateStore
{
    Task<string?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Stores the value; null removes the key.</summary>
    Task SetAsync(string key, string? value, CancellationToken cancellationToken);
}
