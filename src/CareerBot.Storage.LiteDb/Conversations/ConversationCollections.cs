using LiteDB;

namespace CareerBot.Storage.LiteDb.Conversations;

/// <summary>The collections behind the conversation store, with their indexes ensured once at start-up.</summary>
internal sealed class ConversationCollections
{
    public ConversationCollections(ILiteDatabase database, LiteDbWriteGate writeGate)
    {
        Database = database;
        WriteGate = writeGate;
        Conversations = database.GetCollection(ConversationsName, BsonAutoId.ObjectId);
        Handled = database.GetCollection(HandledName, BsonAutoId.ObjectId);
        Outbox = database.GetCollection(OutboxName, BsonAutoId.ObjectId);
        PlatformState = database.GetCollection(PlatformStateName, BsonAutoId.ObjectId);
        Leases = database.GetCollection(LeasesName, BsonAutoId.ObjectId);

        // Apart from the community below, only the _id indexes LiteDB keeps anyway: conversation key, "{platform}:{messageId}", outbox entry id, state key.
        // Every secondary index would add index pages to every turn's commit (a skip-list insert touches its neighbours
        // and the list's tail), while the queries that would use one are rare (pruning) or run over a handful of
        // undelivered replies (pending, forget), so those scan instead.
        // The one exception: the community an interview came from, for a community's pulse. Its key changes only when
        // someone starts an interview from a community (LiteDB leaves an index node alone when an update keeps its key),
        // so an ordinary turn's commit does not touch it; a new conversation adds one node.
        Conversations.EnsureIndex(ConversationBson.Community);

        LastOutboxSequence = Outbox.FindAll().Select(d => d[OutboxBson.Sequence].IsInt64 ? d[OutboxBson.Sequence].AsInt64 : 0).DefaultIfEmpty(0).Max();
    }

    public const string ConversationsName = "conversations";
    public const string HandledName = "handled_events";
    public const string OutboxName = "outbox";
    public const string PlatformStateName = "platform_state";
    public const string LeasesName = "leases";

    public ILiteDatabase Database { get; }

    /// <summary>Held around every write and checkpoint; see <see cref="LiteDbWriteGate"/>.</summary>
    public LiteDbWriteGate WriteGate { get; }

    public ILiteCollection<BsonDocument> Conversations { get; }

    public ILiteCollection<BsonDocument> Handled { get; }

    public ILiteCollection<BsonDocument> Outbox { get; }

    /// <summary>Highest outbox sequence number in the file when it was opened; new entries continue above it.</summary>
    public long LastOutboxSequence { get; }

    public ILiteCollection<BsonDocument> PlatformState { get; }

    public ILiteCollection<BsonDocument> Leases { get; }
}
