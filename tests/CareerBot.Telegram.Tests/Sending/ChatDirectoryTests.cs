using System.Collections.Concurrent;
using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging;
using CareerBot.Telegram.Sending;
using CareerBot.Telegram.Tests.Support;

namespace CareerBot.Telegram.Tests.Sending;

/// <summary>A group that becomes a supergroup: its weekly pulse line follows it to the new chat id.</summary>
public sealed class ChatDirectoryTests
{
    private const long Group = -4008000001;
    private const long Supergroup = -1004008000001;
    private readonly Discussions _discussions = new();

    [Fact]
    public async Task SetMigratedAsync_PulseLineOnForTheGroup_CountsTheSupergroup()
    {
        await _discussions.SaveAsync(Channel(pulseCommunity: "-4008000001"), CancellationToken.None);
        var sut = CreateSut();

        await sut.SetMigratedAsync(Group, Supergroup, CancellationToken.None);

        Assert.Equal("-1004008000001", (await _discussions.FindAsync(Channel().Key, CancellationToken.None))?.PulseCommunity);
        Assert.Equal(Supergroup, await sut.ResolveAsync(Group, CancellationToken.None));
    }

    [Fact]
    public async Task SetMigratedAsync_PulseLineOff_ChannelLeftAsItWas()
    {
        await _discussions.SaveAsync(Channel(pulseCommunity: null), CancellationToken.None);
        var sut = CreateSut();

        await sut.SetMigratedAsync(Group, Supergroup, CancellationToken.None);

        Assert.Null((await _discussions.FindAsync(Channel().Key, CancellationToken.None))?.PulseCommunity);
    }

    private ChatDirectory CreateSut() => new(new FakePlatformStateStore(), _discussions);

    private static DiscussionChannel Channel(string? pulseCommunity = null) =>
        new() { Key = new ChannelKey(Platform.Telegram, "-4008000001"), PulseCommunity = pulseCommunity };

    private sealed class Discussions : IDiscussionStore
    {
        private readonly ConcurrentDictionary<ChannelKey, DiscussionChannel> _channels = new();

        public Task<DiscussionChannel?> FindAsync(ChannelKey key, CancellationToken cancellationToken) =>
            Task.FromResult(_channels.TryGetValue(key, out var channel) ? channel : null);

        public Task SaveAsync(DiscussionChannel channel, CancellationToken cancellationToken)
        {
            _channels[channel.Key] = channel;
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<DiscussionChannel>> ListAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<DiscussionChannel>>([.. _channels.Values]);
    }
}
