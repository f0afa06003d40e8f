namespace CareerBot.Core.Discussions;

/// <summary>Durable weekly-prompt state per channel.</summary>
public interface IDiscussionStore
{
    Task<DiscussionChannel?> FindAsync(ChannelKey key, CancellationToken cancellationToken);

    Task SaveAsync(DiscussionChannel channel, CancellationToken cancellationToken);

    /// <summary>Every channel with a schedule or a pending post.</summary>
    Task<IReadOnlyList<DiscussionChannel>> ListAsync(CancellationToken cancellationToken);
}
