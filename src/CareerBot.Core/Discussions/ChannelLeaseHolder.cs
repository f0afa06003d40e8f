using CareerBot.Core.Messaging;

namespace CareerBot.Core.Discussions;

/// <summary>A held channel lease, given back when the work on the channel is done.</summary>
internal sealed class ChannelLeaseHolder(ILeaseStore leases, string name, string owner) : IAsyncDisposable
{
    public async ValueTask DisposeAsync() => await leases.ReleaseAsync(name, owner, CancellationToken.None);
}
