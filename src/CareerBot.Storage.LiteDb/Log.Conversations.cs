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
}
