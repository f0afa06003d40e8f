using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;
using CareerBot.Core.Texts;
using CareerBot.Telegram.Inline;
using CareerBot.Telegram.Routing;
using CareerBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace CareerBot.Telegram.Polling;

/// <summary>
/// Carries out the route of one update: feed the dialogue (which stores the turn and hands its replies to the one
/// delivery path), keep chat state when it changes, queue the button's acknowledgements. It sends nothing itself, but
/// for an inline query's answer, which belongs to no conversation and must come within seconds.
/// </summary>
internal sealed class UpdateHandler(
    BotIdentityProvider identity,
    ModeratorCheck moderators,
    ITurnProcessor turns,
    OutboxDispatcher dispatcher,
    ChatDirectory chats,
    TelegramChatState state,
    ButtonAcknowledger buttons,
    InlineQueryAnswerer inline,
    TimeProvider timeProvider,
    ILogger<UpdateHandler> logger)
{
    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        var route = TelegramUpdateMapper.Map(update, await identity.GetAsync(cancellationToken));
        Log.Routed(logger, update.Id, route.Kind, route.Reason);
        if (route.Button is { } button)
        {
            buttons.Answer(button);
        }

        if (route.StartLinkKind is { } link)
        {
            Log.DeepLinkOpened(logger, link);
        }

        switch (route.Kind)
        {
            case RouteKind.InlineQuery when update.InlineQuery is { } query:
                await inline.AnswerAsync(query, cancellationToken);
                break;
            case RouteKind.InlineChosen:
                inline.Chosen();
                break;
            case RouteKind.Blocked or RouteKind.Unblocked:
                await chats.SetBlockedAsync(route.ChatId, route.Kind == RouteKind.Blocked, cancellationToken);
                break;
            case RouteKind.Migrated when route.MigratedToChatId is { } newId:
                await chats.SetMigratedAsync(route.ChatId, newId, cancellationToken);
                break;
            case RouteKind.Hint when await state.TryMarkHintedAsync(route.ChatId, update.Id, cancellationToken):
                // The adapter's own hint is not a stored turn: sent at most once, nothing to confirm.
                _ = dispatcher.DispatchUnstored([Hint(update, route)]);
                break;
            case RouteKind.Dialogue when route.Message is { } message:
                await RunTurnAsync(route, message, cancellationToken);
                break;
        }
    }

    private async Task RunTurnAsync(UpdateRoute route, IncomingMessage message, CancellationToken cancellationToken)
    {
        if (message.IsDirect)
        {
            await chats.SetBlockedAsync(route.ChatId, false, cancellationToken); // writing to the bot means it is unblocked (written only if it was blocked)
        }

        if (route.ModeratorCandidateUserId is { } userId)
        {
            message = message with { IsModerator = await moderators.IsModeratorAsync(route.ChatId, userId, cancellationToken) };
        }

        await turns.HandleAsync(message, cancellationToken);

        // Marked even when the turn was handled before: a crash between the turn and the edit must not leave it unmarked.
        if (route.Button is { ChatId: { } chatId, MessageId: { } messageId, QuestionText: { } question, Label: { } label } pressed)
        {
            buttons.MarkChosen(chatId, messageId, question, label, LanguageCodes.FromLocale(route.Locale), pressed.OnCaption);
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
