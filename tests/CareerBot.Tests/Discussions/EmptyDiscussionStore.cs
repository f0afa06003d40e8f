using CareerBot.Core.Discussions;

namespace CareerBot.Tests.Discussions;

/// <summary>A store with no channels: the scheduler's pass finds nothing to do.</summary>
internal sealed class EmptyDiscussionStore : IDiscussionStore
{
    public Task<DiscussionChannel?> FindAsync(ChannelKey key, CancellationToken cancellationToken) => Task.FromResult<DiscussionChannel?>(null);

    public Task SaveAsync(DiscussionChannel channel, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<DiscussionChannel>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<DiscussionChannel>>([]);
}
