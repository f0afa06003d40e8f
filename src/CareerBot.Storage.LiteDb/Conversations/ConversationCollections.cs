using LiteDB;

namespace CareerBot.Storage.LiteDb.Conversations;

/// <summary>The collections behind the conversation store, with their indexes ensured once at start-up.</summary>
internal sealed class ConversationCollections
{
    public ConversationCollections(ILiteDatabase database)
    {
        Database = database;
        Conversations = database.GetCollection(ConversationsName, BsonAutoId.ObjectId);
        Handled = database.GetCollection(HandledName, BsonAutoId.ObjectId);
        Outbox = database.GetCollection(OutboxName, BsonAutoId.Int64);
        PlatformState = database.GetCollection(PlatformStateName, BsonAutoId.ObjectId);

        // _id is indexed by LiteDB itself: conversation key, "{platform}:{messageId}" and platform state key.
        Handled.EnsureIndex(HandledBson.HandledAt);
        Outbox.EnsureIndex(OutboxBson.EntryId, unique: true);
        Outbox.EnsureIndex(OutboxBson.Platform);
        Outbox.EnsureIndex(OutboxBson.ConversationKey);
    }

    public const string ConversationsName = "conversations";
    public const string HandledName = "handled_events";
    public const string OutboxName = "outbox";
    public const string PlatformStateName = "platform_state";

    public ILiteDatabase Database { get; }

    public ILiteCollection<BsonDocument> Conversations { get; }

    public ILiteCollection<BsonDocument> Handled { get; }

    /// <summary>Outbox _id is an Int64 sequence: the insertion order breaks ties between replies created at the same instant.</summary>
    public ILiteCollection<BsonDocument> Outbox { get; }

    public ILiteCollection<BsonDocument> PlatformState { get; }
}
