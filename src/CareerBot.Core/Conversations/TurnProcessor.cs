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

    /// <summary>How often a turn is rerun when another process stored a turn of the same conversation meanwhile.</summary>
    internal const int MaxStaleRetries = 8;

    public async Task<TurnReceipt> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var lease = await _locks.AcquireAsync(message.Key, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            if (await TryTurnAsync(message, cancellationToken) is { } receipt)
            {
                return receipt;
            }

            // Another process saved a turn of this conversation between our read and our write: read it again.
            if (attempt == MaxStaleRetries)
            {
                throw new InvalidOperationException(
                    $"The {message.Key.Platform} event {message.MessageId} met a newer conversation {MaxStaleRetries} times in a row; it was not stored.");
            }
        }
    }

    /// <summary>Null when the conversation moved on since it was read (nothing was written).</summary>
    private async Task<TurnReceipt?> TryTurnAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
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
            return await SaveAsync(new StoredTurn(platform, message.MessageId, null, answers), cancellationToken);
        }

        var turn = engine.Handle(start.Conversation, message, now);
        var outbox = ToOutbox(message, turn.Replies, now);

        if (turn.ForgetPerson)
        {
            // The confirmation is sent but never stored: after /forget nothing may point to the person.
            await store.ForgetAsync(message.Key, cancellationToken);
            var marked = await store.SaveTurnAsync(new StoredTurn(platform, message.MessageId, null, []), cancellationToken);
            return marked == TurnSaveResult.AlreadyHandled
                ? TurnReceipt.Repeated
                : new TurnReceipt(outbox, dispatcher.DispatchUnstored(outbox));
        }

        return await SaveAsync(new StoredTurn(platform, message.MessageId, turn.Conversation, outbox, start.Version), cancellationToken);
    }

    private async Task<TurnReceipt?> SaveAsync(StoredTurn stored, CancellationToken cancellationToken) =>
        await store.SaveTurnAsync(stored, cancellationToken) switch
        {
            TurnSaveResult.Saved => new TurnReceipt(stored.Outbox, dispatcher.Dispatch(stored.Outbox)),
            TurnSaveResult.AlreadyHandled => TurnReceipt.Repeated,
            _ => null,
        };

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
