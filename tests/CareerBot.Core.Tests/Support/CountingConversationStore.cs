using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;

namespace CareerBot.Core.Tests.Support;

/// <summary>Counts the store round trips a turn makes (each call is one trip on a networked store).</summary>
internal sealed class CountingConversationStore(IConversationStore inner) : IConversationStore
{
    private int _reads;
    private int _turnWrites;
    private int _confirmWrites;
    private int _otherWrites;

    /// <summary>Time one confirmation write takes (a real store's commit), so that replies settling meanwhile share the next one.</summary>
    public TimeSpan ConfirmDelay { get; init; }

    public int Reads => _reads;

    public int TurnWrites => _turnWrites;

    public int ConfirmWrites => _confirmWrites;

    public int OtherWrites => _otherWrites;

    public void Reset()
    {
        _reads = 0;
        _turnWrites = 0;
        _confirmWrites = 0;
        _otherWrites = 0;
    }

    public Task<TurnStart> LoadTurnAsync(ConversationKey key, string messageId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.LoadTurnAsync(key, messageId, cancellationToken);
    }

    public Task<TurnSaveResult> SaveTurnAsync(StoredTurn turn, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _turnWrites);
        return inner.SaveTurnAsync(turn, cancellationToken);
    }

    public Task ForgetAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _otherWrites);
        return inner.ForgetAsync(key, cancellationToken);
    }

    public Task<IReadOnlyList<OutboxEntry>> PendingForAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.PendingForAsync(key, cancellationToken);
    }

    public Task<IReadOnlyList<OutboxEntry>> PendingAsync(Platform platform, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.PendingAsync(platform, cancellationToken);
    }

    public async Task MarkDeliveredAsync(IReadOnlyCollection<string> outboxEntryIds, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _confirmWrites);
        if (ConfirmDelay > TimeSpan.Zero)
        {
            await Task.Delay(ConfirmDelay, cancellationToken);
        }

        await inner.MarkDeliveredAsync(outboxEntryIds, cancellationToken);
    }
}
