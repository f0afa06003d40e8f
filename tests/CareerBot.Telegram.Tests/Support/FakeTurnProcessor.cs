using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;

namespace CareerBot.Telegram.Tests.Support;

/// <summary>
/// An in-memory turn processor with the real contract (dedupe by message id, the turn's replies stored, then handed to
/// the real <see cref="OutboxDispatcher"/>), and the in-memory outbox store behind that dispatcher.
/// </summary>
internal sealed class FakeTurnProcessor : ITurnProcessor, IConversationStore
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _seen = [];
    private readonly List<OutboxEntry> _outbox = [];

    public Func<IncomingMessage, IReadOnlyList<OutgoingMessage>> Reply { get; set; } =
        m => [new OutgoingMessage { Text = "echo " + (m.Text ?? m.ChoicePayload) }];

    /// <summary>Set by the harness once the services are built.</summary>
    public OutboxDispatcher? Dispatcher { get; set; }

    public List<IncomingMessage> Handled { get; } = [];

    public List<string> Confirmed { get; } = [];

    public Exception? FailWith { get; set; }

    /// <summary>When set, a turn waits for it (to test shutdown with a turn in flight).</summary>
    public TaskCompletionSource? Hold { get; set; }

    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int OutboxCount
    {
        get
        {
            lock (_gate)
            {
                return _outbox.Count;
            }
        }
    }

    public async Task<TurnReceipt> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        Entered.TrySetResult();
        if (Hold is { } hold)
        {
            await hold.Task;
        }

        var entries = Handle(message);
        return entries.Count == 0 ? TurnReceipt.Repeated : new TurnReceipt(entries, Dispatcher!.Dispatch(entries));
    }

    private List<OutboxEntry> Handle(IncomingMessage message)
    {
        if (FailWith is { } failure)
        {
            throw failure;
        }

        lock (_gate)
        {
            if (!_seen.Add(message.MessageId))
            {
                return [];
            }

            Handled.Add(message);
            var entries = Reply(message).Select((reply, i) => new OutboxEntry
            {
                Id = $"{message.MessageId}:{i}",
                Key = message.Key,
                ReplyAddress = message.ReplyAddress,
                InReplyTo = message.MessageId,
                Message = reply,
                CreatedAt = DateTimeOffset.UnixEpoch,
                IsFirstAnswer = i == 0,
            }).ToList();
            _outbox.AddRange(entries);
            return entries;
        }
    }

    public void AddPending(OutboxEntry entry)
    {
        lock (_gate)
        {
            _outbox.Add(entry);
        }
    }

    public async Task<IReadOnlyList<OutboxEntry>> PendingForAsync(ConversationKey key, CancellationToken cancellationToken) =>
        [.. (await PendingAsync(key.Platform, cancellationToken)).Where(e => e.Key == key)];

    public Task<IReadOnlyList<OutboxEntry>> PendingAsync(Platform platform, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<OutboxEntry>>([.. _outbox]);
        }
    }

    public Task MarkDeliveredAsync(IReadOnlyCollection<string> outboxEntryIds, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _outbox.RemoveAll(e => outboxEntryIds.Contains(e.Id));
            Confirmed.AddRange(outboxEntryIds);
        }

        return Task.CompletedTask;
    }

    public Task<TurnStart> LoadTurnAsync(ConversationKey key, string messageId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The fake runs turns itself.");

    public Task<TurnSaveResult> SaveTurnAsync(StoredTurn turn, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The fake runs turns itself.");

    public Task ForgetAsync(ConversationKey key, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The fake runs turns itself.");
}
