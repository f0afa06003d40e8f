using CareerBot.Core.Conversations.Commands;
using CareerBot.Core.Conversations.Flow;
using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;

namespace CareerBot.Core.Conversations;

/// <summary>
/// Runs each platform event through the engine exactly once: per-person ordering, dedupe by event id, and the turn
/// saved together with its replies (outbox) before they are handed to the <see cref="OutboxDispatcher"/>.
/// A turn is one read and one write.
/// </summary>
public sealed class TurnProcessor(DialogueEngine engine, IConversationStore store, WeeklyPrompts weekly, OutboxDispatcher dispatcher, TimeProvider time) : ITurnProcessor
{
    private readonly KeyedLocks<ConversationKey> _locks = new();

    public async Task<TurnReceipt> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var lease = await _locks.AcquireAsync(message.Key, cancellationToken);
        var platform = message.Key.Platform;
        var start = await store.LoadTurnAsync(message.Key, message.MessageId, cancellationToken);
        if (start.AlreadyHandled)
        {
            return TurnReceipt.Repeated;
        }

        var now = time.GetUtcNow();
        if (message.ChoicePayload is null && BotCommand.Parse(InputText.Clean(message.Text)) is { Name: CommandNames.Weekly } weeklyCommand)
        {
            // A moderator command about a channel: it changes the channel's schedule, never the person's conversation.
            var answers = ToOutbox(message, await weekly.HandleCommandAsync(message, weeklyCommand.Argument, cancellationToken), now);
            await store.SaveTurnAsync(new StoredTurn(platform, message.MessageId, null, answers), cancellationToken);
            return new TurnReceipt(answers, dispatcher.Dispatch(answers));
        }

        var turn = engine.Handle(start.Conversation, message, now);
        var outbox = ToOutbox(message, turn.Replies, now);

        if (turn.ForgetPerson)
        {
            // The confirmation is sent but never stored: after /forget nothing may point to the person.
            await store.ForgetAsync(message.Key, cancellationToken);
            await store.SaveTurnAsync(new StoredTurn(platform, message.MessageId, null, []), cancellationToken);
            return new TurnReceipt(outbox, dispatcher.DispatchUnstored(outbox));
        }

        await store.SaveTurnAsync(new StoredTurn(platform, message.MessageId, turn.Conversation, outbox), cancellationToken);
        return new TurnReceipt(outbox, dispatcher.Dispatch(outbox));
    }

    private static List<OutboxEntry> ToOutbox(IncomingMessage message, IReadOnlyList<OutgoingMessage> replies, DateTimeOffset now)
    {
        var firstAnswer = replies.ToList().FindIndex(r => !r.IsPersonal && !r.InPrivateChat);
        return replies
            .Select((reply, index) => new OutboxEntry
            {
                Id = $"{message.Key.Platform}:{message.MessageId}:{index:D2}",
                Key = message.Key,
                ReplyAddress = message.ReplyAddress,
                InReplyTo = message.MessageId,
                Message = reply,
                CreatedAt = now,
                IsFirstAnswer = index == firstAnswer,
            })
            .ToList();
    }
}
