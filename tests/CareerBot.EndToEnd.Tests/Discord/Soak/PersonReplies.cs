namespace CareerBot.EndToEnd.Tests.Discord.Soak;

/// <summary>The replies one simulated person received, in arrival order, with a signal on each.</summary>
internal sealed class PersonReplies
{
    private readonly Lock _gate = new();
    private readonly List<(string? Token, string Signature)> _replies = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _replies.Count;
            }
        }
    }

    public IReadOnlyList<(string? Token, string Signature)> Snapshot()
    {
        lock (_gate)
        {
            return [.. _replies];
        }
    }

    public void Add(string? token, string signature)
    {
        TaskCompletionSource old;
        lock (_gate)
        {
            _replies.Add((token, signature));
            old = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        old.TrySetResult();
    }

    /// <summary>Waits (real time) until at least <paramref name="count"/> replies arrived; false on timeout.</summary>
    public async Task<bool> WaitForAsync(int count, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            Task signal;
            lock (_gate)
            {
                if (_replies.Count >= count)
                {
                    return true;
                }

                signal = _changed.Task;
            }

            try
            {
                await signal.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }
    }

    /// <summary>Waits until no reply arrived for <paramref name="quiet"/> (the reference run counts replies per turn this way).</summary>
    public async Task WaitForQuietAsync(int atLeast, TimeSpan quiet, TimeSpan timeout)
    {
        await WaitForAsync(atLeast, timeout);
        while (true)
        {
            var before = Count;
            await Task.Delay(quiet);
            if (Count == before)
            {
                return;
            }
        }
    }
}
