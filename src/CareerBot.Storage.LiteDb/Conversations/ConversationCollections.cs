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
        Outbox = database.GetCollection(OutboxName, BsonAutoId.ObjectId);
        PlatformState = database.GetCollection(PlatformStateName, BsonAutoId.ObjectId);

        // _id is indexed by LiteDB itself: conversation key, "{platform}:{messageId}", outbox entry id, platform state key.
        // The outbox holds only undelivered replies (normally a handful), so the pending and forget queries scan it;
        // each secondary index would cost an index insert and delete on every reply of every turn.
        Handled.EnsureIndex(HandledBson.HandledAt);
        LastOutboxSequence = Outbox.FindAll().Select(d => d[OutboxBson.Sequence].AsInt64).DefaultIfEmpty(0).Max();
    }

    public const string ConversationsName = "conversations";
    public const string HandledName = "handled_events";
    public const string OutboxName = "outbox";
    public const string PlatformStateName = "platform_state";

    public ILiteDatabase Database { get; }

    public ILiteCollection<BsonDocument> Conversations { get; }

    public ILiteCollection<BsonDocument> Handled { get; }

    public ILiteCollection<BsonDocument> Outbox { get; }

    /// <summary>Highest outbox sequence number in the file when it was opened; new entries continue above it.</summary>
    public long LastOutboxSequence { get; }

    public ILiteCollection<BsonDocument> PlatformState { get; }
}
