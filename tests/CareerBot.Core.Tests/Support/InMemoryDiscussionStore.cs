using System.Collections.Concurrent;
using CareerBot.Core.Discussions;

namespace CareerBot.Core.Tests.Support;

/// <summary>Channels in memory; survives "restarts" (a new WeeklyPrompts on the same store) like the LiteDB file does.</summary>
internal sealed class InMemoryDiscussionStore : IDiscussionStore
{
    private readonly ConcurrentDictionary<ChannelKey, DiscussionChannel> _channels = new();

    public int Saves { get; private set; }

    /// <summary>When set, the save with this number (1-based) throws, as if the process died before it.</summary>
    public int? CrashOnSave { get; set; }

    public Task<DiscussionChannel?> FindAsync(ChannelKey key, CancellationToken cancellationToken) =>
        Task.FromResult(_channels.TryGetValue(key, out var channel) ? channel : null);

    public Task SaveAsync(DiscussionChannel channel, CancellationToken cancellationToken)
    {
        if (++Saves == CrashOnSave)
        {
            throw new SimulatedCrashException();
        }

        _channels[channel.Key] = channel;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DiscussionChannel>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DiscussionChannel>>([.. _channels.Values.Where(c => c.Slot is not null || c.Pending is not null)]);
}
