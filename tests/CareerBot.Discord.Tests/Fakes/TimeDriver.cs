using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>Advances fake time in steps until a real-world event happened (bounded by a real-time safety limit).</summary>
public static class TimeDriver
{
    public static async Task<T> AdvanceUntilAsync<T>(this FakeTimeProvider time, Task<T> task, TimeSpan step, int realTimeoutMs = 10000)
    {
        await AdvanceUntilAsync(time, (Task)task, step, realTimeoutMs);
        return await task;
    }

    public static async Task AdvanceUntilAsync(this FakeTimeProvider time, Task task, TimeSpan step, int realTimeoutMs = 10000)
    {
        var watch = Stopwatch.StartNew();
        while (!task.IsCompleted)
        {
            if (watch.ElapsedMilliseconds > realTimeoutMs)
            {
                throw new TimeoutException("The awaited event did not happen.");
            }

            time.Advance(step);
            await Task.WhenAny(task, Task.Delay(5));
        }

        await task;
    }
}
