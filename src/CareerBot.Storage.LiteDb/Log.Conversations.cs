using Microsoft.Extensions.Logging;

namespace CareerBot.Storage.LiteDb;

/// <summary>Log messages of the conversation store (event ids 2100–2199). Never a person's id or answer.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Debug, Message = "Pruned {Count} handled-event markers")]
    public static partial void HandledMarkersPruned(ILogger logger, int count);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Turn for {Platform} event {MessageId} was not saved: the event was already handled or an outbox id repeats")]
    public static partial void TurnConflict(ILogger logger, string platform, string messageId);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Forgot a person: {OutboxEntries} outbox entries deleted, file checkpointed in {ElapsedMs} ms")]
    public static partial void PersonForgotten(ILogger logger, int outboxEntries, long elapsedMs);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Warning, Message = "Forced checkpoint of the LiteDB log failed; it will be tried again")]
    public static partial void CheckpointFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Information, Message = "Retention sweep: {Conversations} idle conversations and {OutboxEntries} outbox entries deleted in {ElapsedMs} ms")]
    public static partial void RetentionSwept(ILogger logger, int conversations, int outboxEntries, long elapsedMs);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Warning, Message = "Retention sweep failed; it runs again at the next interval")]
    public static partial void RetentionSweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2106, Level = LogLevel.Information, Message = "Backup written to {Path}: {Bytes} bytes, {Conversations} conversations, verified; {Pruned} old copies pruned, {ElapsedMs} ms")]
    public static partial void BackupCreated(ILogger logger, string path, long bytes, int conversations, int pruned, long elapsedMs);

    [LoggerMessage(EventId = 2107, Level = LogLevel.Error, Message = "Backup of the LiteDB file failed")]
    public static partial void BackupFailed(ILogger logger, Exception exception);
}
