using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Core.Texts;
using CareerBot.Telegram.Routing;
using CareerBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace CareerBot.Telegram.Polling;

/// <summary>Carries out the route of one update: answer buttons, feed the dialogue, deliver its replies, keep chat state.</summary>
internal sealed class UpdateHandler(
    ITelegramBotClient bot,
    BotIdentityProvider identity,
    ModeratorCheck moderators,
    ReplyDelivery delivery,
    TelegramReplySender sender,
    TimeProvider timeProvider,
    TokenRedactor redactor,
    ILogger<UpdateHandler> logger)
{
    public async Task HandleAsync(Update update, ITurnProcessor processor, TelegramChatState state, CancellationToken cancellationToken)
    {
        var route = TelegramUpdateMapper.Map(update, await identity.GetAsync(cancellationToken));
        Log.Routed(logger, update.Id, route.Kind, route.Reason);
        if (route.Button is { } button)
        {
            await AnswerAsync(button, cancellationToken);
        }

        switch (route.Kind)
        {
            case RouteKind.Blocked or RouteKind.Unblocked:
                await state.SetBlockedAsync(route.ChatId, route.Kind == RouteKind.Blocked, cancellationToken);
                break;
            case RouteKind.Migrated when route.MigratedToChatId is { } newId:
                await state.SetMigratedAsync(route.ChatId, newId, cancellationToken);
                break;
            case RouteKind.Hint when await state.TryMarkHintedAsync(route.ChatId, update.Id, cancellationToken):
                // The adapter's own hint is not a stored turn: sent at most once, nothing to confirm.
                await sender.DeliverAsync(Hint(update, route), state, cancellationToken);
                break;
            case RouteKind.Dialogue when route.Message is { } message:
                await RunTurnAsync(route, message, processor, state, cancellationToken);
                break;
        }
    }

    private async Task RunTurnAsync(UpdateRoute route, IncomingMessage message, ITurnProcessor processor, TelegramChatState state, CancellationToken cancellationToken)
    {
        if (message.IsDirect)
        {
            await state.SetBlockedAsync(route.ChatId, false, cancellationToken); // writing to the bot means it is unblocked
        }

        if (route.ModeratorCandidateUserId is { } userId)
        {
            message = message with { IsModerator = await moderators.IsModeratorAsync(route.ChatId, userId, cancellationToken) };
        }

        var replies = await processor.HandleAsync(message, cancellationToken);

        // Marked even when the turn was handled before: a crash between the turn and the edit must not leave it unmarked.
        if (route.Button is { ChatId: { } chatId, MessageId: { } messageId, QuestionText: { } question, Label: { } label })
        {
            await AcknowledgeAsync(chatId, messageId, question, label, LanguageCodes.FromLocale(route.Locale), cancellationToken);
        }

        await delivery.DeliverAsync(replies, processor, state, cancellationToken);
    }

    private async Task AnswerAsync(PressedButton button, CancellationToken cancellationToken)
    {
        try
        {
            await bot.AnswerCallbackQuery(button.QueryId, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Old queries ("query is too old") cannot be answered any more; the turn still runs.
            Log.CallbackAnswerFailed(logger, TelegramResilience.Describe(ex), redactor.Scrub(ex));
        }
    }

    private async Task AcknowledgeAsync(long chatId, int messageId, string question, string label, Language language, CancellationToken cancellationToken)
    {
        var text = $"{question}\n\n✔ {TelegramTexts.Chosen(language)}: {label}";
        try
        {
            if (text.Length <= MessageSplitter.MaxLength)
            {
                await bot.EditMessageText(chatId, messageId, text, replyMarkup: null, cancellationToken: cancellationToken);
            }
            else
            {
                await bot.EditMessageReplyMarkup(chatId, messageId, replyMarkup: null, cancellationToken: cancellationToken);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // "message is not modified" after a redelivery, or the message is gone: the answer still counts.
            Log.AcknowledgeFailed(logger, chatId, TelegramResilience.Describe(ex));
        }
    }

    private OutboxEntry Hint(Update update, UpdateRoute route) => new()
    {
        Id = $"hint:{update.Id}",
        Key = new ConversationKey(Platform.Telegram, TelegramUpdateMapper.Id(route.ChatId)),
        ReplyAddress = new ReplyAddress(route.ChatId, null, LanguageCodes.FromLocale(route.Locale)).Format(),
        InReplyTo = TelegramUpdateMapper.Id(update.Id),
        Message = new OutgoingMessage { Text = TelegramTexts.TextOnlyHint(LanguageCodes.FromLocale(route.Locale)) },
        CreatedAt = timeProvider.GetUtcNow(),
    };
}
