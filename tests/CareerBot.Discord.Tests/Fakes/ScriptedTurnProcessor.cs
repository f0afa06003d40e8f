using System.Collections.Concurrent;
using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>
/// A hand-written ITurnProcessor that keeps the real one's contract: turns of one conversation in the order HandleAsync
/// was called (a FIFO lock per conversation, queued before the first await), each event once, the turn stored with its
/// replies and then handed to the real <see cref="OutboxDispatcher"/> (which sends them through the Discord sender).
/// The replies come from a script instead of the dialogue engine.
/// </summary>
internal sealed class ScriptedTurnProcessor(
    Func<IncomingMessage, IReadOnlyList<OutgoingMessage>> script,
    InMemoryConversationStore store,
    OutboxDispatcher dispatcher) : ITurnProcessor
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    private readonly ConcurrentDictionary<ConversationKey, SemaphoreSlim> _locks = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _holds = new(StringComparer.Ordinal);

    /// <summary>Every message handed over, in the order HandleAsync was called.</summary>
    public ConcurrentQueue<IncomingMessage> Calls { get; } = new();

    /// <summary>Messages that became turns (repeats left out), in the order they ran.</summary>
    public ConcurrentQueue<IncomingMessage> Received { get; } = new();

    public ConcurrentQueue<string> Confirmed => store.Confirmed;

    /// <summary>Holds the turn of the message with this text until the returned source is completed: a slow turn.</summary>
    public TaskCompletionSource Hold(string text)
    {
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _holds[text] = hold;
        return hold;
    }

    public async Task<TurnReceipt> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        Calls.Enqueue(message);
        var gate = _locks.GetOrAdd(message.Key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if ((await store.LoadTurnAsync(message.Key, message.MessageId, cancellationToken)).AlreadyHandled)
            {
                return TurnReceipt.Repeated;
            }

            Received.Enqueue(message);
            if (message.Text is { } text && _holds.TryRemove(text, out var hold))
            {
                await hold.Task.WaitAsync(cancellationToken);
            }

            var entries = ToOutbox(message, script(message));
            await store.SaveTurnAsync(new StoredTurn(message.Key.Platform, message.MessageId, null, entries), cancellationToken);
            return new TurnReceipt(entries, dispatcher.Dispatch(entries));
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Outbox entries as the real TurnProcessor makes them (ids, first answer).</summary>
    public static IReadOnlyList<OutboxEntry> ToOutbox(IncomingMessage message, IReadOnlyList<OutgoingMessage> replies)
    {
        var firstAnswer = replies.ToList().FindIndex(r => !r.IsPersonal && !r.InPrivateChat);
        return [.. replies.Select((reply, i) => Entry(message, reply, i) with { IsFirstAnswer = i == firstAnswer })];
    }

    public static OutboxEntry Entry(IncomingMessage message, OutgoingMessage reply, int index) => new()
    {
        Id = $"{message.Key.Platform}:{message.MessageId}:{index:D2}",
        Key = message.Key,
        ReplyAddress = message.ReplyAddress,
        InReplyTo = message.MessageId,
        Message = reply,
        CreatedAt = Now,
    };
}
