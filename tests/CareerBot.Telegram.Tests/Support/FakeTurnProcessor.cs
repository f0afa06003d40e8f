using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;

namespace CareerBot.Telegram.Tests.Support;

/// <summary>An in-memory turn processor with the real contract: dedupe by message id, outbox until confirmed.</summary>
internal sealed class FakeTurnProcessor : ITurnProcessor
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _seen = [];
    private readonly List<OutboxEntry> _outbox = [];

    public Func<IncomingMessage, IReadOnlyList<OutgoingMessage>> Reply { get; set; } =
        m => [new OutgoingMessage { Text = "echo " + (m.Text ?? m.ChoicePayload) }];

    public List<IncomingMessage> Handled { get; } = [];

    public List<OutboxEntry> Confirmed { get; } = [];

    public Exception? FailWith { get; set; }

    /// <summary>When set, a turn waits for it (to test shutdown with a turn in flight).</summary>
    public TaskCompletionSource? Hold { get; set; }

    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<IReadOnlyList<OutboxEntry>> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        Entered.TrySetResult();
        if (Hold is { } hold)
        {
            await hold.Task;
        }

        return Handle(message);
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

    public Task<IReadOnlyList<OutboxEntry>> PendingAsync(Platform platform, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<OutboxEntry>>([.. _outbox]);
        }
    }

    public Task ConfirmDeliveredAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _outbox.RemoveAll(e => e.Id == entry.Id);
            Confirmed.Add(entry);
        }

        return Task.CompletedTask;
    }
}
