namespace CareerBot.Storage.Postgres.Conversations;

/// <summary>
/// The statements of a turn. A save is one statement inside a transaction: the handled-event marker is inserted with
/// ON CONFLICT DO NOTHING; only if it went in is the conversation written, and only if that happened are the replies
/// inserted. The conversation write carries its own version check, so it needs no separate locking read: an UPDATE
/// … WHERE version = expected that meets a row another transaction changed waits for it and then matches nothing;
/// an INSERT for a new conversation (expected 0) meets the other's row through the primary key and does nothing.
/// The statement answers whether the marker and the conversation went in; anything short of both is rolled back.
/// </summary>
internal static class TurnSql
{
    // $1 platform, $2 message id, $3 handled at.
    private const string Marker = """
        WITH marker AS (
            INSERT INTO handled_events (platform, message_id, handled_at) VALUES ($1, $2, $3)
            ON CONFLICT DO NOTHING
            RETURNING 1
        )
        """;

    // $4 conversation platform, $5 user key, $6 expected version, $7 last activity, $8 document (typed, so a shape may leave some unused).
    private const string Update = """
        , written AS (
            UPDATE conversations SET version = version + 1, last_activity = $7, document = $8
            WHERE platform = $4 AND user_key = $5 AND version = $6 AND EXISTS (SELECT FROM marker)
            RETURNING version
        )
        """;

    private const string Insert = """
        , written AS (
            INSERT INTO conversations (platform, user_key, version, last_activity, document)
            SELECT $4, $5, 1, $7, $8 WHERE EXISTS (SELECT FROM marker)
            ON CONFLICT (platform, user_key) DO NOTHING
            RETURNING version
        )
        """;

    private const string Upsert = """
        , written AS (
            INSERT INTO conversations (platform, user_key, version, last_activity, document)
            SELECT $4, $5, 1, $7, $8 WHERE EXISTS (SELECT FROM marker)
            ON CONFLICT (platform, user_key) DO UPDATE
                SET version = conversations.version + 1, last_activity = excluded.last_activity, document = excluded.document
            RETURNING version
        )
        """;

    private const string NoConversation = """
        , written AS (SELECT 1 FROM marker)
        """;

    // $9 ids, $10 platforms, $11 user keys, $12 created at, $13 entries; inserted in list order, so seq keeps it.
    private const string Replies = """
        , replies AS (
            INSERT INTO outbox (id, platform, user_key, created_at, entry)
            SELECT e.id, e.platform, e.user_key, e.created_at, e.entry
            FROM unnest($9::text[], $10::text[], $11::text[], $12::timestamptz[], $13::jsonb[]) WITH ORDINALITY AS e(id, platform, user_key, created_at, entry, n)
            WHERE EXISTS (SELECT FROM written)
            ORDER BY e.n
        )
        SELECT EXISTS (SELECT FROM marker), EXISTS (SELECT FROM written)
        """;

    /// <summary>The save for a turn with no conversation (a group message), an unconditional write, a new conversation, or a checked one.</summary>
    public static string Save(bool hasConversation, long? expectedVersion) => Marker + (hasConversation, expectedVersion) switch
    {
        (false, _) => NoConversation,
        (true, null) => Upsert,
        (true, 0) => Insert,
        _ => Update,
    } + Replies;

    // One round trip: whether the event was handled, and the person's conversation with its version.
    public const string Load = """
        SELECT EXISTS (SELECT FROM handled_events WHERE platform = $1 AND message_id = $2), c.version, c.document::text
        FROM (VALUES (1)) AS one (x)
        LEFT JOIN conversations c ON c.platform = $1 AND c.user_key = $3
        """;

    public const string Forget = """
        WITH conversation AS (
            DELETE FROM conversations WHERE platform = $1 AND user_key = $2
        ), replies AS (
            DELETE FROM outbox WHERE platform = $1 AND user_key = $2 RETURNING 1
        )
        SELECT count(*)::int FROM replies
        """;

    public const string Pending = "SELECT platform, entry::text FROM outbox WHERE platform = $1 ORDER BY created_at, seq";

    public const string PendingFor = "SELECT platform, entry::text FROM outbox WHERE platform = $1 AND user_key = $2 ORDER BY seq";

    public const string Delivered = "DELETE FROM outbox WHERE id = ANY($1)";
}
