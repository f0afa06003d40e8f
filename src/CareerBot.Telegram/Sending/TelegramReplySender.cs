using CareerBot.Core.Messaging;
using CareerBot.Telegram.Routing;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Registry;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace CareerBot.Telegram.Sending;

/// <summary>Renders one stored reply and sends it: pacing, splitting, keyboards, retries, blocked and migrated chats.</summary>
internal sealed class TelegramReplySender(
    ITelegramBotClient bot,
    OutboundPacer pacer,
    ResiliencePipelineProvider<string> pipelines,
    BotIdentityProvider identity,
    TokenRedactor redactor,
    ILogger<TelegramReplySender> logger)
{
    private readonly ResiliencePipeline _pipeline = pipelines.GetPipeline(TelegramResilience.SendPipeline);

    public async Task<DeliveryOutcome> DeliverAsync(OutboxEntry entry, TelegramChatState state, CancellationToken cancellationToken)
    {
        if (ReplyAddress.TryParse(entry.ReplyAddress) is not { } address)
        {
            Log.BadReplyAddress(logger, entry.Id);
            return DeliveryOutcome.Dropped;
        }

        var chatId = await state.ResolveChatAsync(address.ChatId, cancellationToken);
        if (await state.IsBlockedAsync(chatId, cancellationToken))
        {
            Log.SkippedBlocked(logger, entry.Id, chatId);
            return DeliveryOutcome.Dropped;
        }

        if (pacer.IsPaused(chatId))
        {
            return DeliveryOutcome.Deferred;
        }

        var parts = MessageSplitter.Split(entry.Message.Text);
        var keyboard = KeyboardBuilder.Build(entry.Message, await identity.GetAsync(cancellationToken), address.Language);
        var first = parts.Count > 1 ? await state.GetPartsSentAsync(entry.Id, cancellationToken) : 0;
        for (var i = first; i < parts.Count; i++)
        {
            var markup = i == parts.Count - 1 ? keyboard : null;
            var (outcome, newChatId) = await SendPartAsync(chatId, address.ThreadId, parts[i], markup, state, cancellationToken);
            if (outcome != DeliveryOutcome.Delivered)
            {
                return outcome;
            }

            chatId = newChatId;
            if (parts.Count > 1)
            {
                await state.SetPartsSentAsync(entry.Id, i + 1, cancellationToken);
            }
        }

        return DeliveryOutcome.Delivered;
    }

    private async Task<(DeliveryOutcome Outcome, long ChatId)> SendPartAsync(
        long chatId, int? threadId, string text, InlineKeyboardMarkup? markup, TelegramChatState state, CancellationToken cancellationToken)
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
                await state.SetMigratedAsync(chatId, newId, cancellationToken);
                chatId = newId;
            }
            catch (ApiRequestException ex) when (TelegramFailure.IsForbidden(ex) || TelegramFailure.IsChatGone(ex))
            {
                Log.ChatBlocked(logger, chatId, ex.ErrorCode);
                await state.SetBlockedAsync(chatId, true, cancellationToken);
                return (DeliveryOutcome.Dropped, chatId);
            }
            catch (ApiRequestException ex) when (TelegramFailure.IsTooManyRequests(ex))
            {
                var wait = TelegramFailure.RetryAfter(ex);
                pacer.Pause(chatId, wait);
                Log.SendDeferred(logger, chatId, wait);
                return (DeliveryOutcome.Deferred, chatId);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && (TelegramFailure.IsTransient(ex) || ex is OperationCanceledException))
            {
                Log.SendFailed(logger, chatId, redactor.Scrub(ex));
                return (DeliveryOutcome.Deferred, chatId);
            }
            catch (ApiRequestException ex)
            {
                // Any other 4xx will fail the same way every time: drop it rather than retry forever.
                Log.SendRejected(logger, chatId, ex.ErrorCode, redactor.Scrub(ex));
                return (DeliveryOutcome.Dropped, chatId);
            }
        }
    }
}
