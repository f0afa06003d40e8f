using CareerBot.Telegram.Routing;
using Microsoft.Extensions.Logging;

namespace CareerBot.Telegram;

/// <summary>The adapter's log lines (event ids 4000–4099). Never the token, never a person's text.</summary>
internal static partial class Log
{
    [LoggerMessage(4000, LogLevel.Information, "Telegram adapter started as @{Username}")]
    public static partial void Started(ILogger logger, string username);

    [LoggerMessage(4001, LogLevel.Information, "Telegram adapter stopped")]
    public static partial void Stopped(ILogger logger);

    [LoggerMessage(4002, LogLevel.Debug, "Update {UpdateId} routed as {Kind} ({Reason})")]
    public static partial void Routed(ILogger logger, int updateId, RouteKind kind, string reason);

    [LoggerMessage(4003, LogLevel.Warning, "Update {UpdateId} failed (attempt {Attempt}); it will be polled again")]
    public static partial void UpdateFailed(ILogger logger, int updateId, int attempt, Exception exception);

    [LoggerMessage(4024, LogLevel.Warning, "Update {UpdateId} could not be read (at {Path}); skipped")]
    public static partial void UpdateUnreadable(ILogger logger, string updateId, string path);

    [LoggerMessage(4025, LogLevel.Warning, "A getUpdates batch of {Count} items had no readable update id; polling the same offset again")]
    public static partial void BatchWithoutIds(ILogger logger, int count);

    [LoggerMessage(4004, LogLevel.Error, "Update {UpdateId} kept failing and was skipped")]
    public static partial void UpdateSkipped(ILogger logger, int updateId);

    [LoggerMessage(4005, LogLevel.Warning, "Polling failed ({Failure}); retry {Attempt} in {Delay}")]
    public static partial void PollRetry(ILogger logger, int attempt, TimeSpan delay, string failure);

    [LoggerMessage(4006, LogLevel.Warning, "Send failed ({Failure}); retry {Attempt} in {Delay}")]
    public static partial void SendRetry(ILogger logger, int attempt, TimeSpan delay, string failure);

    [LoggerMessage(4007, LogLevel.Warning, "Chat {ChatId} is rate limited for {RetryAfter}; its replies wait")]
    public static partial void SendDeferred(ILogger logger, long chatId, TimeSpan retryAfter);

    [LoggerMessage(4008, LogLevel.Warning, "Sending to chat {ChatId} failed; the reply stays pending")]
    public static partial void SendFailed(ILogger logger, long chatId, Exception exception);

    [LoggerMessage(4009, LogLevel.Error, "Telegram rejected a reply to chat {ChatId} with {ErrorCode}; dropped")]
    public static partial void SendRejected(ILogger logger, long chatId, int errorCode, Exception exception);

    [LoggerMessage(4010, LogLevel.Information, "Chat {ChatId} blocked the bot or is gone ({ErrorCode}); not sending there until unblocked")]
    public static partial void ChatBlocked(ILogger logger, long chatId, int errorCode);

    [LoggerMessage(4011, LogLevel.Information, "Reply {EntryId} skipped: chat {ChatId} blocked the bot")]
    public static partial void SkippedBlocked(ILogger logger, string entryId, long chatId);

    [LoggerMessage(4012, LogLevel.Information, "Chat {ChatId} migrated to {NewChatId}")]
    public static partial void ChatMigrated(ILogger logger, long chatId, long newChatId);

    [LoggerMessage(4013, LogLevel.Error, "Reply {EntryId} has no Telegram reply address; dropped")]
    public static partial void BadReplyAddress(ILogger logger, string entryId);

    [LoggerMessage(4014, LogLevel.Information, "Reply {EntryId} deferred")]
    public static partial void ReplyDeferred(ILogger logger, string entryId);

    [LoggerMessage(4015, LogLevel.Warning, "Reply {EntryId} was sent but could not be confirmed")]
    public static partial void ConfirmFailed(ILogger logger, string entryId, Exception exception);

    [LoggerMessage(4016, LogLevel.Information, "Delivering {Count} pending replies")]
    public static partial void DeliveringPending(ILogger logger, int count);

    [LoggerMessage(4017, LogLevel.Warning, "Delivering pending replies failed")]
    public static partial void PendingFailed(ILogger logger, Exception exception);

    [LoggerMessage(4018, LogLevel.Warning, "Answering a callback query failed ({Failure})")]
    public static partial void CallbackAnswerFailed(ILogger logger, string failure, Exception exception);

    [LoggerMessage(4019, LogLevel.Debug, "Marking the answered question in chat {ChatId} failed ({Failure})")]
    public static partial void AcknowledgeFailed(ILogger logger, long chatId, string failure);

    [LoggerMessage(4020, LogLevel.Warning, "getChatMember for chat {ChatId} failed; treated as not a moderator")]
    public static partial void ModeratorCheckFailed(ILogger logger, long chatId, Exception exception);

    [LoggerMessage(4021, LogLevel.Information, "Published {Count} command menus")]
    public static partial void CommandsPublished(ILogger logger, int count);

    [LoggerMessage(4023, LogLevel.Error, "Telegram polling loop failed; trying again shortly")]
    public static partial void LoopFailed(ILogger logger, Exception exception);

    [LoggerMessage(4022, LogLevel.Warning, "Publishing the command menus failed")]
    public static partial void CommandsFailed(ILogger logger, Exception exception);

    [LoggerMessage(4026, LogLevel.Information, "Telegram adapter started as @{Username} in webhook mode")]
    public static partial void StartedWebhook(ILogger logger, string username);

    [LoggerMessage(4027, LogLevel.Information, "Webhook set: Telegram pushes updates to {Host} (max_connections {MaxConnections})")]
    public static partial void WebhookSet(ILogger logger, string host, int maxConnections);

    [LoggerMessage(4028, LogLevel.Information, "Webhook ready: Telegram pushes updates with the current settings")]
    public static partial void WebhookReady(ILogger logger);

    [LoggerMessage(4029, LogLevel.Error, "Setting the webhook failed; trying again shortly")]
    public static partial void WebhookSetupFailed(ILogger logger, Exception exception);

    [LoggerMessage(4030, LogLevel.Warning, "Webhook request refused: {Problem} secret token")]
    public static partial void WebhookRefused(ILogger logger, string problem);

    [LoggerMessage(4031, LogLevel.Warning, "Webhook request refused: body larger than {MaxBytes} bytes")]
    public static partial void WebhookTooLarge(ILogger logger, int maxBytes);

    [LoggerMessage(4032, LogLevel.Warning, "Webhook update {UpdateId} failed; answered 503 so Telegram sends it again")]
    public static partial void WebhookUpdateFailed(ILogger logger, int updateId, Exception exception);

    [LoggerMessage(4033, LogLevel.Information, "Another process is setting the webhook; waiting for it")]
    public static partial void WebhookSetElsewhere(ILogger logger);

    [LoggerMessage(4034, LogLevel.Information, "Another process polls Telegram; this one stands by to take over")]
    public static partial void PollerStandby(ILogger logger);

    [LoggerMessage(4035, LogLevel.Information, "This process now polls Telegram (poller lease held)")]
    public static partial void PollerLeading(ILogger logger);

    [LoggerMessage(4036, LogLevel.Warning, "The poller lease was lost; polling stops until it is held again")]
    public static partial void PollerLeaseLost(ILogger logger);

    [LoggerMessage(4037, LogLevel.Warning, "Taking or renewing the poller lease failed")]
    public static partial void PollerRenewFailed(ILogger logger, Exception exception);

    [LoggerMessage(4038, LogLevel.Warning, "Telegram refused the risk card photo for chat {ChatId}; the reply goes as text alone")]
    public static partial void PhotoRefused(ILogger logger, long chatId, Exception exception);

    [LoggerMessage(4039, LogLevel.Debug, "Inline query answered with {Results} jobs ({Photos} as photos)")]
    public static partial void InlineAnswered(ILogger logger, int results, int photos);

    [LoggerMessage(4040, LogLevel.Warning, "An inline query could not be answered; the next one is answered afresh")]
    public static partial void InlineAnswerFailed(ILogger logger, Exception exception);

    [LoggerMessage(4041, LogLevel.Information, "A private chat was opened by a deep link ({Kind})")]
    public static partial void DeepLinkOpened(ILogger logger, string kind);

    [LoggerMessage(4042, LogLevel.Information, "Bot descriptions checked: {Changed} of {Total} updated")]
    public static partial void DescriptionsPublished(ILogger logger, int changed, int total);

    [LoggerMessage(4043, LogLevel.Warning, "Setting the bot descriptions failed; the bot works without them, retried at next start")]
    public static partial void DescriptionsFailed(ILogger logger, Exception exception);

    [LoggerMessage(4044, LogLevel.Warning, "A card picture's file id could not be remembered; inline answers show that card as text")]
    public static partial void PhotoIdNotKept(ILogger logger, Exception exception);
}
