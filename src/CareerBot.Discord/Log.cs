using Microsoft.Extensions.Logging;

namespace CareerBot.Discord;

/// <summary>Every log line of the Discord adapter. Never a token, an interaction token, or a person's text.</summary>
internal static partial class Log
{
    [LoggerMessage(5000, LogLevel.Information, "Discord gateway identifying (intents {Intents}, shard {ShardId}/{ShardCount})")]
    public static partial void GatewayIdentifying(ILogger logger, int intents, int shardId, int shardCount);

    [LoggerMessage(5001, LogLevel.Information, "Discord gateway resuming at sequence {Sequence}")]
    public static partial void GatewayResuming(ILogger logger, int? sequence);

    [LoggerMessage(5002, LogLevel.Information, "Discord gateway READY as user {UserId} (gateway v{Version})")]
    public static partial void GatewayReady(ILogger logger, string userId, int version);

    [LoggerMessage(5003, LogLevel.Information, "Discord gateway RESUMED at sequence {Sequence}")]
    public static partial void GatewayResumed(ILogger logger, int? sequence);

    [LoggerMessage(5004, LogLevel.Debug, "Discord gateway event {EventType} skipped")]
    public static partial void GatewayEventSkipped(ILogger logger, string eventType);

    [LoggerMessage(5005, LogLevel.Debug, "Discord gateway opcode {Opcode} skipped")]
    public static partial void GatewayOpcodeSkipped(ILogger logger, int opcode);

    [LoggerMessage(5006, LogLevel.Warning, "Discord gateway frame could not be read; skipped")]
    public static partial void GatewayFrameUnreadable(ILogger logger, Exception exception);

    [LoggerMessage(5007, LogLevel.Warning, "Discord gateway connection lost")]
    public static partial void GatewayConnectionLost(ILogger logger, Exception exception);

    [LoggerMessage(5008, LogLevel.Warning, "Discord gateway: no heartbeat ACK since the last heartbeat; reconnecting")]
    public static partial void GatewayZombie(ILogger logger);

    [LoggerMessage(5009, LogLevel.Information, "Discord gateway reconnecting ({Reason}, close code {CloseCode}, resume {Resume}) in {DelayMs} ms")]
    public static partial void GatewayReconnecting(ILogger logger, string reason, int? closeCode, bool resume, double delayMs);

    [LoggerMessage(5010, LogLevel.Error, "Discord adapter stopped: {Reason}. Not reconnecting; fix the configuration and restart the bot")]
    public static partial void GatewayFatal(ILogger logger, string reason);

    [LoggerMessage(5011, LogLevel.Warning, "Discord gateway connect failed")]
    public static partial void GatewayConnectFailed(ILogger logger, Exception exception);

    [LoggerMessage(5012, LogLevel.Warning, "Discord daily Identify budget used up; waiting {ResetAfterMs} ms")]
    public static partial void GatewayIdentifyBudgetExhausted(ILogger logger, long resetAfterMs);

    [LoggerMessage(5013, LogLevel.Error, "Discord gateway handler failed for {EventType}")]
    public static partial void GatewayHandlerFailed(ILogger logger, string eventType, Exception exception);

    [LoggerMessage(5014, LogLevel.Error, "Discord gateway send of opcode {Opcode} skipped: {Bytes} bytes is over the 4096-byte limit")]
    public static partial void GatewaySendTooLarge(ILogger logger, int opcode, int bytes);

    [LoggerMessage(5015, LogLevel.Information, "Discord gateway session saved {AgeSeconds} s ago found; resuming it from sequence {Sequence}")]
    public static partial void GatewaySessionFound(ILogger logger, long ageSeconds, int? sequence);

    [LoggerMessage(5016, LogLevel.Information, "Discord gateway session saved {AgeSeconds} s ago is not resumable (older than {WindowSeconds} s, or other intents or shard); identifying")]
    public static partial void GatewaySessionNotResumable(ILogger logger, long ageSeconds, int windowSeconds);

    [LoggerMessage(5017, LogLevel.Warning, "Discord gateway session could not be read; identifying")]
    public static partial void GatewaySessionUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(5018, LogLevel.Warning, "Discord gateway session could not be saved; a restart may identify instead of resuming")]
    public static partial void GatewaySessionNotSaved(ILogger logger, Exception exception);

    [LoggerMessage(5020, LogLevel.Debug, "Discord REST {Route} waits {DelayMs} ms for its rate-limit bucket")]
    public static partial void RestBucketWait(ILogger logger, string route, double delayMs);

    [LoggerMessage(5021, LogLevel.Warning, "Discord REST {Route} rate limited (scope {Scope}); retry after {DelayMs} ms")]
    public static partial void RestRateLimited(ILogger logger, string route, string scope, double delayMs);

    [LoggerMessage(5022, LogLevel.Warning, "Discord REST {Route} got no answer; not resending")]
    public static partial void RestTransportFailed(ILogger logger, string route, Exception exception);

    [LoggerMessage(5023, LogLevel.Warning, "Discord REST {Route} failed: HTTP {Status}, code {Code}: {Message}")]
    public static partial void RestFailed(ILogger logger, string route, int status, int code, string message);

    [LoggerMessage(5024, LogLevel.Warning, "Discord REST {Route} answer could not be read")]
    public static partial void RestResponseUnreadable(ILogger logger, string route, Exception exception);

    [LoggerMessage(5025, LogLevel.Information, "Discord shard {ShardId} waits to IDENTIFY: bucket {Bucket} (max_concurrency {MaxConcurrency}) identified less than 5 s ago")]
    public static partial void IdentifyWaiting(ILogger logger, int shardId, int bucket, int maxConcurrency);

    [LoggerMessage(5026, LogLevel.Debug, "Discord shard {ShardId} took IDENTIFY bucket {Bucket} after {WaitedMs} ms")]
    public static partial void IdentifyTurn(ILogger logger, int shardId, int bucket, long waitedMs);

    [LoggerMessage(5027, LogLevel.Warning, "Discord IDENTIFY lease could not be taken (store unavailable); identifying paced by this process only")]
    public static partial void IdentifyLeaseUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(5028, LogLevel.Debug, "Discord gateway: {Shards} shards recommended, {Remaining} of {Total} session starts left, max_concurrency {MaxConcurrency}")]
    public static partial void GatewayDiscovered(ILogger logger, int shards, int remaining, int total, int maxConcurrency);

    [LoggerMessage(5040, LogLevel.Information, "Discord adapter is off: no Discord:BotToken configured")]
    public static partial void AdapterDisabled(ILogger logger);

    [LoggerMessage(5041, LogLevel.Error, "Discord adapter failed; restarting the gateway")]
    public static partial void AdapterFailed(ILogger logger, Exception exception);

    [LoggerMessage(5042, LogLevel.Debug, "Discord guild {GuildId} available")]
    public static partial void GuildAvailable(ILogger logger, string guildId);

    [LoggerMessage(5043, LogLevel.Warning, "Discord {EventType} could not be read; skipped")]
    public static partial void DispatchUnreadable(ILogger logger, string eventType, Exception exception);

    [LoggerMessage(5044, LogLevel.Debug, "Discord interaction of type {InteractionType} skipped")]
    public static partial void InteractionSkipped(ILogger logger, int interactionType);

    [LoggerMessage(5045, LogLevel.Warning, "Discord interaction acknowledgement failed: HTTP {Status}, code {Code}")]
    public static partial void AcknowledgementFailed(ILogger logger, int status, int code);

    [LoggerMessage(5046, LogLevel.Error, "Discord turn for event {MessageId} failed")]
    public static partial void TurnFailed(ILogger logger, string messageId, Exception exception);

    [LoggerMessage(5049, LogLevel.Information, "Discord private chat opened in DM")]
    public static partial void PrivateChatOpened(ILogger logger);

    [LoggerMessage(5050, LogLevel.Information, "Discord DMs closed for this person; continuing with {Fallback}")]
    public static partial void PrivateChatClosed(ILogger logger, string fallback);

    [LoggerMessage(5051, LogLevel.Error, "Discord slash command registration at READY failed")]
    public static partial void ReadyWorkFailed(ILogger logger, Exception exception);

    [LoggerMessage(5052, LogLevel.Debug, "Discord slash commands unchanged; not registering")]
    public static partial void CommandsUnchanged(ILogger logger);

    [LoggerMessage(5053, LogLevel.Information, "Discord registered {Count} slash commands ({Scope})")]
    public static partial void CommandsRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(5055, LogLevel.Debug, "Discord slash commands are registered by shard 0; shard {ShardId} skips it")]
    public static partial void CommandsLeftToShardZero(ILogger logger, int shardId);

    [LoggerMessage(5054, LogLevel.Information, "Discord interaction {InteractionId} arrived again (replayed on resume); already acknowledged, skipped")]
    public static partial void InteractionRepeated(ILogger logger, string interactionId);

    [LoggerMessage(5060, LogLevel.Warning, "Discord refused a weekly prompt for channel {ChannelId} for good (HTTP {Status}, code {Code}); the channel's schedule is paused")]
    public static partial void ChannelPostRefused(ILogger logger, string channelId, int status, int code);

    [LoggerMessage(5061, LogLevel.Information, "Discord could not take a weekly prompt for channel {ChannelId} now (HTTP {Status}); it stays due")]
    public static partial void ChannelPostDeferred(ILogger logger, string channelId, int status);

    [LoggerMessage(5062, LogLevel.Warning, "Discord refused a reply with its risk card picture (HTTP {Status}, code {Code}); sending the text alone")]
    public static partial void PictureRefused(ILogger logger, int status, int code);

    [LoggerMessage(5070, LogLevel.Information, "Discord autocomplete {InteractionId} could not be answered within Discord's 3 s ({AgeMs} ms after it was made or arrived); dropped")]
    public static partial void AutocompleteLate(ILogger logger, string interactionId, long ageMs);

    [LoggerMessage(5071, LogLevel.Debug, "Discord autocomplete answered with {Count} choices in {ElapsedMs} ms")]
    public static partial void AutocompleteAnswered(ILogger logger, int count, long elapsedMs);

    [LoggerMessage(5072, LogLevel.Information, "Discord autocomplete answer refused: HTTP {Status}, code {Code}")]
    public static partial void AutocompleteRefused(ILogger logger, int status, int code);

    [LoggerMessage(5073, LogLevel.Error, "Discord autocomplete suggestions failed; answered with none")]
    public static partial void AutocompleteFailed(ILogger logger, Exception exception);
}
