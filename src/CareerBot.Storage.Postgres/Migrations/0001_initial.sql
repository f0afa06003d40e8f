-- The shared store: what the LiteDB file holds for one process, for every process at once.
-- Keys are text as the platforms give them, or "sha256:<hex>" for values a btree or a text column cannot hold
-- (over 256 bytes, a NUL, a broken surrogate); see Conversations/StoreKey.cs.

-- One row per person. The document is the conversation (Conversations/ConversationJson.cs); version goes up by one on
-- every write, and a turn's write names the version it read (optimistic concurrency across processes).
CREATE TABLE conversations (
    platform      text        NOT NULL,
    user_key      text        NOT NULL,
    version       bigint      NOT NULL,
    last_activity timestamptz NOT NULL,
    document      jsonb       NOT NULL,
    PRIMARY KEY (platform, user_key)
);
CREATE INDEX conversations_last_activity ON conversations (last_activity);

-- Platform events already turned into a stored turn (exactly-once). Never names the person: kept after /forget.
CREATE TABLE handled_events (
    platform   text        NOT NULL,
    message_id text        NOT NULL,
    handled_at timestamptz NOT NULL,
    PRIMARY KEY (platform, message_id)
);
CREATE INDEX handled_events_handled_at ON handled_events (handled_at);

-- Replies stored with their turn and not yet confirmed as delivered. seq records insertion order across processes.
CREATE TABLE outbox (
    id         text        PRIMARY KEY,
    seq        bigserial   NOT NULL UNIQUE,
    platform   text        NOT NULL,
    user_key   text        NOT NULL,
    created_at timestamptz NOT NULL,
    entry      jsonb       NOT NULL
);
CREATE INDEX outbox_conversation ON outbox (platform, user_key, seq);
CREATE INDEX outbox_platform_age ON outbox (platform, created_at, seq);

-- Adapters' small key/value state. bytea: a value is any string, NULs included, which text cannot hold.
CREATE TABLE platform_state (
    key   text  PRIMARY KEY,
    value bytea NOT NULL
);

-- Named expiring leases; expires_at is on the database's clock, so processes with skewed clocks agree.
CREATE TABLE leases (
    name       text        PRIMARY KEY,
    owner      text        NOT NULL,
    expires_at timestamptz NOT NULL
);

-- Weekly-prompt state per channel (no personal data). listed = has a schedule or a pending post.
CREATE TABLE discussion_channels (
    platform    text    NOT NULL,
    channel_key text    NOT NULL,
    listed      boolean NOT NULL,
    state       jsonb   NOT NULL,
    PRIMARY KEY (platform, channel_key)
);

-- The health check's write probe: one row per process, refreshed by each check.
CREATE TABLE health_probes (
    owner      text        PRIMARY KEY,
    checked_at timestamptz NOT NULL
);
