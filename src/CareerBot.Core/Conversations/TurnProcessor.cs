using CareerBot.Core.Conversations.Flow;
using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging;

namespace CareerBot.Core.Conversations;

/// <summary>
/// Runs each platform event through the engine exactly once: per-person ordering, dedupe by event id,
/// and the turn saved together with its replies (outbox) before any reply is handed out.
/// </summary>
public sealed class TurnProcessor(DialogueEngine engine, IConversationStore store, WeeklyPrompts weekly, TimeProvider time) : ITurnProcessor
{
    private readonly KeyedLocks<ConversationKey> _locks = new();

    public async Task<IReadOnlyList<OutboxEntry>> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var lease = await _locks.AcquireAsync(message.Key, cancellationToken);
        var platform = message.Key.Platform;
        if (await store.IsHandledAsync(platform, message.MessageId, cancellationToken))
        {
            return [];
        }

        var now = time.GetUtcNow();
        if (message.ChoicePayload is null && BotCommand.Parse(InputText.Clean(message.Text)) is { Name: "weekly" } weeklyCommand)
        {
            // A moderator command about a channel: it changes the channel's schedule, never the person's conversation.
            var answers = ToOutbox(message, await weekly.HandleCommandAsync(message, weeklyCommand.Argument, cancellationToken), now);
            await store.SaveTurnAsync(new StoredTurn(platform, message.MessageId, null, answers), cancellationToken);
            return answers;
        }

        var stored = await store.FindAsync(message.Key, cancellationToken);
        var turn = engine.Handle(stored, message, now);
        var outbox = ToOutbox(message, turn.Replies, now);

        if (turn.ForgetPerson)
        {
            // The confirmation is sent but never stored: after /forget nothing may point to the person.
            await store.ForgetAsync(message.Key, cancellationToken);
            await store.SaveTurnAsync(new StoredTurn(platform, message.MessageId, null, []), cancellationToken);
            return outbox;
        }

        await store.SaveTurnAsync(new StoredTurn(platform, message.MessageId, turn.Conversation, outbox), cancellationToken);
        return outbox;
    }

    public Task<IReadOnlyList<OutboxEntry>> PendingAsync(Platform platform, CancellationToken cancellationToken) =>
        store.PendingAsync(platform, cancellationToken);

    public Task ConfirmDeliveredAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return store.MarkDeliveredAsync(entry.Id, cancellationToken);
    }

    private static List<OutboxEntry> ToOutbox(IncomingMessage message, IReadOnlyList<OutgoingMessage> replies, DateTimeOffset now) =>
        replies
            .Select((reply, index) => new OutboxEntry
            {
                Id = $"{message.Key.Platform}:{message.MessageId}:{index:D2}",
                Key = message.Key,
                ReplyAddress = message.ReplyAddress,
                InReplyTo = message.MessageId,
                Message = reply,
                CreatedAt = now,
            })
            .ToList();
}
