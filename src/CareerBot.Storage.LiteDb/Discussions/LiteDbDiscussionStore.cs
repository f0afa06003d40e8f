using System.Text.Json;
using JsonSerializer = System.Text.Json.JsonSerializer;
using CareerBot.Core.Discussions;
using CareerBot.Storage.LiteDb.Conversations;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace CareerBot.Storage.LiteDb.Discussions;

/// <summary>
/// One document per channel: its key and its state as JSON. The state holds no personal data (schedule, prompt ids,
/// command message ids), so /forget has nothing to remove here.
/// </summary>
internal sealed class LiteDbDiscussionStore(ILiteDatabase database, LiteDbWriteGate writeGate, ILogger<LiteDbDiscussionStore> logger) : IDiscussionStore
{
    public const string CollectionName = "discussion_channels";
    private const string State = "state";
    private readonly ILiteCollection<BsonDocument> _channels = database.GetCollection(CollectionName, BsonAutoId.ObjectId);

    public Task<DiscussionChannel?> FindAsync(ChannelKey key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var document = _channels.FindById(Id(key));
        return Task.FromResult(document is null ? null : Read(document));
    }

    public Task SaveAsync(DiscussionChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        cancellationToken.ThrowIfCancellationRequested();
        var document = new BsonDocument
        {
            ["_id"] = Id(channel.Key),
            ["v"] = 1,
            ["platform"] = channel.Key.Platform.ToString(),
            [State] = JsonSerializer.Serialize(channel, DiscussionJson.Options),
        };
        using (writeGate.Enter())
        {
            _channels.Upsert(document);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DiscussionChannel>> ListAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<DiscussionChannel> channels = [.. _channels.FindAll()
            .Select(Read)
            .OfType<DiscussionChannel>()
            .Where(channel => channel.Slot is not null || channel.Pending is not null)];
        return Task.FromResult(channels);
    }

    private static BsonValue Id(ChannelKey key) => new(IndexKey.For(key.ToString()));

    private DiscussionChannel? Read(BsonDocument document)
    {
        try
        {
            return JsonSerializer.Deserialize<DiscussionChannel>(document[State].AsString ?? "", DiscussionJson.Options);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException)
        {
            Log.DiscussionChannelUnreadable(logger, document["platform"].AsString ?? "?", ex);
            return null;
        }
    }
}
