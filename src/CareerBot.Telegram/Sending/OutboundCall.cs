using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;
using CareerBot.Core.Telemetry;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Registry;
using Telegram.Bot.Exceptions;

namespace CareerBot.Telegram.Sending;

/// <summary>
/// One paced Bot API call that puts a message into a chat (sendMessage, sendPhoto), and what became of it: a group
/// that moved is followed once, a blocked or vanished chat is remembered, a 429 is handed back as "retry after" so only
/// that chat waits, 5xx and timeouts are retried by the send pipeline, any other 4xx is final. A 400 on a photo is
/// reported as <see cref="CallResult.PhotoRefused"/> instead (a group may forbid media; the text can still go).
/// </summary>
internal sealed class OutboundCall(
    OutboundPacer pacer,
    ChatDirectory chats,
    ResiliencePipelineProvider<string> pipelines,
    TokenRedactor redactor,
    BotMetrics metrics,
    ILogger<OutboundCall> logger)
{
    private static readonly TimeSpan TransientWait = TimeSpan.FromSeconds(2);
    private readonly ResiliencePipeline _pipeline = pipelines.GetPipeline(TelegramResilience.SendPipeline);

    /// <param name="chatId">Where to send; the call is given the chat's current id on each attempt.</param>
    /// <param name="isPhoto">True for sendPhoto: a 400 then means "send the text alone" rather than "drop the reply".</param>
    /// <param name="call">The request; it runs once per attempt, so it builds anything it consumes (an upload stream) itself.</param>
    public async Task<CallResult> SendAsync(long chatId, bool isPhoto, Func<long, CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await pacer.WaitTurnAsync(chatId, cancellationToken);
                await _pipeline.ExecuteAsync(async token => await call(chatId, token), cancellationToken);
                return new CallResult(DeliveryOutcome.Delivered, chatId);
            }
            catch (ApiRequestException ex) when (TelegramFailure.MigratedTo(ex) is { } newId && attempt == 0)
            {
                Log.ChatMigrated(logger, chatId, newId);
                await chats.SetMigratedAsync(chatId, newId, cancellationToken);
                chatId = newId;
            }
            catch (ApiRequestException ex) when (TelegramFailure.IsForbidden(ex) || TelegramFailure.IsChatGone(ex))
            {
                Log.ChatBlocked(logger, chatId, ex.ErrorCode);
                await chats.SetBlockedAsync(chatId, true, cancellationToken);
                return new CallResult(DeliveryOutcome.Undeliverable($"Bot API error {ex.ErrorCode}: blocked or chat gone"), chatId);
            }
            catch (ApiRequestException ex) when (TelegramFailure.IsTooManyRequests(ex))
            {
                var wait = TelegramFailure.RetryAfter(ex);
                pacer.TooManyRequests(chatId, wait);
                metrics.RateLimited(Platform.Telegram);
                Log.SendDeferred(logger, chatId, wait);
                return new CallResult(DeliveryOutcome.Retry(wait, "Bot API error 429"), chatId);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && (TelegramFailure.IsTransient(ex) || ex is OperationCanceledException))
            {
                Log.SendFailed(logger, chatId, redactor.Scrub(ex));
                return new CallResult(DeliveryOutcome.Retry(TransientWait, TelegramResilience.Describe(ex)), chatId);
            }
            catch (ApiRequestException ex) when (isPhoto && ex.ErrorCode == 400)
            {
                Log.PhotoRefused(logger, chatId, redactor.Scrub(ex));
                return new CallResult(DeliveryOutcome.Undeliverable("Bot API error 400 on the photo"), chatId, PhotoRefused: true);
            }
            catch (ApiRequestException ex)
            {
                // Any other 4xx will fail the same way every time: drop it rather than retry forever.
                Log.SendRejected(logger, chatId, ex.ErrorCode, redactor.Scrub(ex));
                return new CallResult(DeliveryOutcome.Undeliverable($"Bot API error {ex.ErrorCode}"), chatId);
            }
        }
    }
}
