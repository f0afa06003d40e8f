using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;
using CareerBot.Core.Telemetry;
using CareerBot.Telegram.Routing;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Registry;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace CareerBot.Telegram.Sending;

/// <summary>
/// The Telegram adapter's outbound half: one stored reply → sendMessage calls (paced, split, with its keyboard), and what
/// became of it. Blocked and migrated chats are followed; a 429 is handed back as "retry after" so only that chat waits.
/// </summary>
internal sealed class TelegramReplySender(
    ITelegramBotClient bot,
    OutboundPacer pacer,
    ChatDirectory chats,
    IPlatformStateStore store,
    ResiliencePipelineProvider<string> pipelines,
    BotIdentityProvider identity,
    TokenRedactor redactor,
    BotMetrics metrics,
    ILogger<TelegramReplySender> logger) : IReplySender
{
    private static readonly TimeSpan TransientWait = TimeSpan.FromSeconds(2);
    private readonly ResiliencePipeline _pipeline = pipelines.GetPipeline(TelegramResilience.SendPipeline);
    private readonly TelegramChatState _state = new(store);

    public Platform Platform => Platform.Telegram;

    public bool IsEnabled => true; // registered only when a token is configured

    public async Task<DeliveryOutcome> SendAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (ReplyAddress.TryParse(entry.ReplyAddress) is not { } address)
        {
            return DeliveryOutcome.Undeliverable("unreadable reply address");
        }

        // A bot cannot open a private chat on Telegram, but a person's private chat id is their user id.
        var chatId = await chats.ResolveAsync(entry.Message.InPrivateChat && long.TryParse(entry.Key.UserId, out var user) ? user : address.ChatId, cancellationToken);
        if (await chats.IsBlockedAsync(chatId, cancellationToken))
        {
            return DeliveryOutcome.Undeliverable("the chat blocked the bot");
        }

        if (pacer.PausedFor(chatId) is { } paused)
        {
            return DeliveryOutcome.Retry(paused, "rate limited");
        }

        var parts = MessageSplitter.Split(entry.Message.Text);
        var keyboard = KeyboardBuilder.Build(entry.Message, await identity.GetAsync(cancellationToken), address.Language);
        var first = parts.Count > 1 ? await _state.GetPartsSentAsync(entry.Id, cancellationToken) : 0;
        for (var i = first; i < parts.Count; i++)
        {
            var markup = i == parts.Count - 1 ? keyboard : null;
            var (outcome, newChatId) = await SendPartAsync(chatId, address.ThreadId, parts[i], markup, cancellationToken);
            if (outcome.Status != DeliveryStatus.Delivered)
            {
                return outcome;
            }

            chatId = newChatId;
            if (parts.Count > 1)
            {
                await _state.SetPartsSentAsync(entry.Id, i + 1 < parts.Count ? i + 1 : null, cancellationToken);
            }
        }

        return DeliveryOutcome.Delivered;
    }

    private async Task<(DeliveryOutcome Outcome, long ChatId)> SendPartAsync(
        long chatId, int? threadId, string text, InlineKeyboardMarkup? markup, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await pacer.WaitTurnAsync(chatId, cancellationToken);
                await _pipeline.ExecuteAsync(
                    async token => await bot.SendMessage(
                        chatId: chatId,
                        text: text,
                        replyMarkup: markup,
                        linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true },
                        messageThreadId: threadId,
                        cancellationToken: token),
                    cancellationToken);
                return (DeliveryOutcome.Delivered, chatId);
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
                return (DeliveryOutcome.Undeliverable($"Bot API error {ex.ErrorCode}: blocked or chat gone"), chatId);
            }
            catch (ApiRequestException ex) when (TelegramFailure.IsTooManyRequests(ex))
            {
                var wait = TelegramFailure.RetryAfter(ex);
                pacer.TooManyRequests(chatId, wait);
                metrics.RateLimited(Platform.Telegram);
                Log.SendDeferred(logger, chatId, wait);
                return (DeliveryOutcome.Retry(wait, "Bot API error 429"), chatId);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && (TelegramFailure.IsTransient(ex) || ex is OperationCanceledException))
            {
                Log.SendFailed(logger, chatId, redactor.Scrub(ex));
                return (DeliveryOutcome.Retry(TransientWait, TelegramResilience.Describe(ex)), chatId);
            }
            catch (ApiRequestException ex)
            {
                // Any other 4xx will fail the same way every time: drop it rather than retry forever.
                Log.SendRejected(logger, chatId, ex.ErrorCode, redactor.Scrub(ex));
                return (DeliveryOutcome.Undeliverable($"Bot API error {ex.ErrorCode}"), chatId);
            }
        }
    }
}
