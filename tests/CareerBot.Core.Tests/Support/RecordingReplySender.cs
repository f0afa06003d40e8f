using System.Collections.Concurrent;
using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;

namespace CareerBot.Core.Tests.Support;

/// <summary>A platform sender that records what it was asked to send, answers with scripted outcomes, and can be held.</summary>
internal sealed class RecordingReplySender(Platform platform = Platform.Console) : IReplySender
{
    private readonly ConcurrentQueue<DeliveryOutcome> _script = new();

    public Platform Platform => platform;

    public bool IsEnabled { get; set; } = true;

    /// <summary>Every attempt, in order (a retried entry appears once per attempt).</summary>
    public ConcurrentQueue<OutboxEntry> Attempts { get; } = new();

    /// <summary>When set, every send waits for it.</summary>
    public TaskCompletionSource? Hold { get; set; }

    /// <summary>Outcomes for the next attempts, in order; once used up every attempt is delivered.</summary>
    public void Answer(params DeliveryOutcome[] outcomes)
    {
        foreach (var outcome in outcomes)
        {
            _script.Enqueue(outcome);
        }
    }

    public IReadOnlyList<string> AttemptedIds => [.. Attempts.Select(e => e.Id)];

    public async Task<DeliveryOutcome> SendAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        Attempts.Enqueue(entry);
        if (Hold is { } hold)
        {
            await hold.Task.WaitAsync(cancellationToken);
        }

        return _script.TryDequeue(out var outcome) ? outcome : DeliveryOutcome.Delivered;
    }
}
