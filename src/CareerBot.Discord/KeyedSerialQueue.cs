namespace CareerBot.Discord;

/// <summary>Runs work items with the same key one after another, in arrival order; different keys run concurrently.</summary>
internal sealed class KeyedSerialQueue
{
    private readonly Dictionary<string, Task> tails = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public Task Enqueue(string key, Func<Task> work)
    {
        lock (gate)
        {
            var previous = tails.GetValueOrDefault(key) ?? Task.CompletedTask;
            var next = RunAfterAsync(previous, work);
            tails[key] = next;
            _ = next.ContinueWith(
                done =>
                {
                    lock (gate)
                    {
                        if (tails.TryGetValue(key, out var tail) && tail == done)
                        {
                            tails.Remove(key);
                        }
                    }
                },
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
            return next;
        }
    }

    private static async Task RunAfterAsync(Task previous, Func<Task> work)
    {
        try
        {
            await previous;
        }
        catch (Exception)
        {
            // The previous item logged its own failure; this one still runs.
        }

        await work();
    }
}
