using CareerBot.Core.Communities;
using CareerBot.Core.Conversations;
using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Storage.Contract.Tests.Harness;

/// <summary>
/// One store implementation, fresh and empty, behind the Core interfaces the contract tests use; plus the few things
/// each does its own way (its retention jobs, letting lease time pass, a restart, a damaged record).
/// </summary>
internal abstract class StoreHarness : IAsyncDisposable
{
    /// <summary>The bot's clock: reply and activity times, handled-marker times, the retention cut-off.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 2, 11, 9, 30, 0, TimeSpan.FromHours(1)));

    public TimeSpan HandledRetention { get; set; } = TimeSpan.FromDays(7);

    public int MaxHandledMarkers { get; set; } = 200_000;

    public TimeSpan RetainIdleFor { get; set; } = TimeSpan.FromDays(90);

    public abstract IConversationStore Conversations { get; }

    public abstract ICommunityInterviewStore CommunityInterviews { get; }

    public abstract IPlatformStateStore PlatformState { get; }

    public abstract ILeaseStore Leases { get; }

    public abstract IDiscussionStore Discussions { get; }

    /// <summary>The retention sweep: idle conversations deleted with their outbox.</summary>
    public abstract Task<(int Conversations, int OutboxEntries)> SweepIdleAsync();

    /// <summary>Handled-marker pruning by age and count; returns how many went.</summary>
    public abstract Task<int> PruneHandledAsync();

    /// <summary>Lets at least <paramref name="duration"/> pass on the clock the lease store judges expiry by.</summary>
    public abstract Task LetLeaseTimePassAsync(TimeSpan duration);

    /// <summary>What a restarted process sees: the stores opened again on the same data.</summary>
    public abstract Task RestartAsync();

    /// <summary>Stores a channel record the store cannot read back as a <see cref="DiscussionChannel"/>.</summary>
    public abstract Task WriteDamagedChannelAsync(ChannelKey key);

    public abstract ValueTask DisposeAsync();
}
