namespace CareerBot.Core.Discussions;

/// <summary>
/// Wakes the scheduler early when a moderator posts now or changes a schedule. A wake that comes while the scheduler
/// is busy is kept, so the next wait returns at once.
/// </summary>
public sealed class SchedulerSignal
{
    private TaskCompletionSource _current = NewSource();

    public void Wake() => Volatile.Read(ref _current).TrySetResult();

    /// <summary>Completes on a (pending) <see cref="Wake"/>, after <paramref name="timeout"/>, or on cancellation.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        var source = Volatile.Read(ref _current);
        if (!source.Task.IsCompleted)
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var delay = Task.Delay(timeout < TimeSpan.Zero ? TimeSpan.Zero : timeout, time, stop.Token);
            await Task.WhenAny(source.Task, delay);
            await stop.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }

        if (source.Task.IsCompleted)
        {
            Interlocked.CompareExchange(ref _current, NewSource(), source);
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
