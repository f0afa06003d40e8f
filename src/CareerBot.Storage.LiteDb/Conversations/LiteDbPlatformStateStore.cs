using CareerBot.Core.Messaging;
using LiteDB;

namespace CareerBot.Storage.LiteDb.Conversations;

/// <summary>Adapters' small durable key/value state (polling offset, blocked chats) in the shared LiteDB file.</summary>
internal sealed class LiteDbPlatformStateStore(ConversationCollections collections) : IPlatformStateStore
{
    private const string Value = "value";

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        var document = collections.PlatformState.FindById(IndexKey.For(key));
        return Task.FromResult(document is null ? null : document[Value].AsString);
    }

    public Task SetAsync(string key, string? value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        using (collections.WriteGate.Enter())
        {
            if (value is null)
            {
                collections.PlatformState.Delete(IndexKey.For(key));
            }
            else
            {
                collections.PlatformState.Upsert(new BsonDocument { ["_id"] = IndexKey.For(key), [Value] = value });
            }
        }

        return Task.CompletedTask;
    }
}
