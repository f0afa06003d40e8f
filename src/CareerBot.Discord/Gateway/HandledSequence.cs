namespace CareerBot.Discord.Gateway;

/// <summary>
/// The highest sequence number up to which every dispatch of the session has been handled: its turn stored (or the
/// event dropped on purpose). Unlike <see cref="GatewaySession.Sequence"/> (the last one received, which heartbeats and
/// in-process resumes use, because the events after it still sit in this process's queues), this is the sequence a new
/// process may resume from without losing anything. Thread-safe: work items complete on any thread.
/// </summary>
internal sealed class HandledSequence
{
    private readonly Lock _gate = new();
    private readonly SortedSet<int> _pending = [];
    private int? _received;
    private int _generation;

    /// <summary>Null before the session's first dispatch.</summary>
    public int? Value
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count == 0 ? _received : _pending.Min - 1;
            }
        }
    }

    /// <summary>
    /// Counts dispatch <paramref name="sequence"/> as received, and as handled once <paramref name="handled"/> has
    /// completed (null: nothing to wait for). Any completion counts, a failed turn too: a replay could not fix it, and
    /// waiting for it would hold the value back for good.
    /// </summary>
    public void Track(int sequence, Task? handled)
    {
        int current;
        lock (_gate)
        {
            _received = Math.Max(_received ?? sequence, sequence);
            if (handled is null || handled.IsCompleted)
            {
                return;
            }

            _pending.Add(sequence);
            current = _generation;
        }

        _ = handled.ContinueWith(
            _ => Complete(sequence, current),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>A session resumed by a new process starts from what the old one had handled.</summary>
    public void Restore(int? sequence)
    {
        lock (_gate)
        {
            _generation++;
            _pending.Clear();
            _received = sequence;
        }
    }

    /// <summary>A new session numbers its dispatches from 1 again; work of the old one no longer counts.</summary>
    public void Reset() => Restore(null);

    private void Complete(int sequence, int ofGeneration)
    {
        lock (_gate)
        {
            if (ofGeneration == _generation)
            {
                _pending.Remove(sequence);
            }
        }
    }
}
