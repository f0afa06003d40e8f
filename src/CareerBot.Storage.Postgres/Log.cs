using Microsoft.Extensions.Logging;

namespace CareerBot.Storage.Postgres;

/// <summary>
/// Log messages of the PostgreSQL store (event ids 2300–2399). Never a person's id or answer, never the connection
/// string: a store is named by host and database only.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2300, Level = LogLevel.Information, Message = "PostgreSQL store {Store} ready: schema version {SchemaVersion}, {Applied} migrations applied now, {ElapsedMs} ms")]
    public static partial void SchemaReady(ILogger logger, string store, int schemaVersion, int applied, long elapsedMs);

    [LoggerMessage(EventId = 2301, Level = LogLevel.Information, Message = "Applied schema migration {Version} ({Name}) to {Store}")]
    public static partial void MigrationApplied(ILogger logger, int version, string name, string store);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Warning, Message = "The schema of {Store} is at version {StoredVersion}, newer than this build knows ({KnownVersion}); going on (a newer process migrated it)")]
    public static partial void SchemaNewer(ILogger logger, string store, int storedVersion, int knownVersion);

    [LoggerMessage(EventId = 2303, Level = LogLevel.Warning, Message = "PostgreSQL store {Store} not reachable at start-up (attempt {Attempt}); trying again in {DelayMs} ms")]
    public static partial void SchemaRetry(ILogger logger, string store, int attempt, long delayMs, Exception exception);

    [LoggerMessage(EventId = 2304, Level = LogLevel.Error, Message = "PostgreSQL store {Store} could not be prepared (schema migration failed)")]
    public static partial void SchemaFailed(ILogger logger, string store, Exception exception);

    [LoggerMessage(EventId = 2310, Level = LogLevel.Warning, Message = "Turn for {Platform} event {MessageId} was not saved: an outbox id repeats")]
    public static partial void TurnConflict(ILogger logger, string platform, string messageId);

    [LoggerMessage(EventId = 2311, Level = LogLevel.Information, Message = "Forgot a person: {OutboxEntries} outbox entries deleted in {ElapsedMs} ms")]
    public static partial void PersonForgotten(ILogger logger, int outboxEntries, long elapsedMs);

    [LoggerMessage(EventId = 2320, Level = LogLevel.Debug, Message = "Pruned {Count} handled-event markers")]
    public static partial void HandledMarkersPruned(ILogger logger, int count);

    [LoggerMessage(EventId = 2321, Level = LogLevel.Information, Message = "Retention sweep: {Conversations} idle conversations and {OutboxEntries} outbox entries deleted in {ElapsedMs} ms")]
    public static partial void RetentionSwept(ILogger logger, int conversations, int outboxEntries, long elapsedMs);

    [LoggerMessage(EventId = 2322, Level = LogLevel.Debug, Message = "Retention sweep skipped: another process is sweeping")]
    public static partial void RetentionSweepBusy(ILogger logger);

    [LoggerMessage(EventId = 2323, Level = LogLevel.Warning, Message = "Retention work ({Work}) failed; it runs again at the next interval")]
    public static partial void RetentionFailed(ILogger logger, string work, Exception exception);

    [LoggerMessage(EventId = 2330, Level = LogLevel.Error, Message = "Stored weekly-prompt state of a {Platform} channel could not be read; it is ignored until a moderator sets it again")]
    public static partial void DiscussionChannelUnreadable(ILogger logger, string platform, Exception exception);
}
