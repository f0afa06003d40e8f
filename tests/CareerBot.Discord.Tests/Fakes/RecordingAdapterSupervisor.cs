using System.Collections.Concurrent;
using CareerBot.Core.Messaging;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>Remembers which adapters reported that they stopped for good, and why.</summary>
internal sealed class RecordingAdapterSupervisor : IChatAdapterSupervisor
{
    private readonly TaskCompletionSource<(Platform Platform, string Reason)> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<(Platform Platform, string Reason)> Stopped { get; } = new();

    /// <summary>Completes with the first report.</summary>
    public Task<(Platform Platform, string Reason)> FirstStop => _first.Task;

    public void StoppedForGood(Platform platform, string reason)
    {
        Stopped.Enqueue((platform, reason));
        _first.TrySetResult((platform, reason));
    }
}
