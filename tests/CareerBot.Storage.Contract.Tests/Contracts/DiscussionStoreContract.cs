using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging;
using CareerBot.Core.Texts;

namespace CareerBot.Storage.Contract.Tests.Contracts;

/// <summary>What every <see cref="IDiscussionStore"/> does.</summary>
public abstract class DiscussionStoreContract : StoreContract
{
    private static readonly DateTimeOffset At = new(2026, 3, 27, 17, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SaveAsync_EveryField_ReadsBackEqualAfterRestart()
    {
        var channel = Full();
        await Store.Discussions.SaveAsync(channel, CancellationToken.None);

        await Store.RestartAsync();
        var found = await Store.Discussions.FindAsync(channel.Key, CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(channel with { UsedInCycle = [], RecentCommands = [] }, found with { UsedInCycle = [], RecentCommands = [] });
        Assert.Equal(channel.UsedInCycle, found.UsedInCycle);
        Assert.Equal(channel.RecentCommands, found.RecentCommands);
    }

    [Fact]
    public async Task FindAsync_UnknownOrOtherPlatformSameChannelId_Null()
    {
        var sut = Store.Discussions;
        await sut.SaveAsync(Full(), CancellationToken.None);

        Assert.Null(await sut.FindAsync(new ChannelKey(Platform.Discord, "-1001234"), CancellationToken.None));
        Assert.Null(await sut.FindAsync(new ChannelKey(Platform.Telegram, "-1009999"), CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_Again_ReplacesTheChannel()
    {
        var sut = Store.Discussions;
        await sut.SaveAsync(Full(), CancellationToken.None);

        await sut.SaveAsync(Full() with { Slot = null, Pending = null, Language = Language.English }, CancellationToken.None);

        var found = await sut.FindAsync(Full().Key, CancellationToken.None);
        Assert.Equal(Language.English, found?.Language);
        Assert.Null(found?.Slot);
        Assert.Empty(await sut.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ListAsync_OnlyChannelsWithAScheduleOrAPendingPost()
    {
        var sut = Store.Discussions;
        await sut.SaveAsync(Full(), CancellationToken.None);
        await sut.SaveAsync(new DiscussionChannel { Key = new ChannelKey(Platform.Discord, "status-only") }, CancellationToken.None);
        await sut.SaveAsync(new DiscussionChannel { Key = new ChannelKey(Platform.Discord, "now-only"), Pending = Full().Pending }, CancellationToken.None);

        var listed = await sut.ListAsync(CancellationToken.None);

        Assert.Equal(["-1001234", "now-only"], listed.Select(c => c.Key.ChannelId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListAsync_DamagedRecord_IsSkippedAndTheOthersStillLoad()
    {
        var sut = Store.Discussions;
        await sut.SaveAsync(Full(), CancellationToken.None);
        var broken = new ChannelKey(Platform.Discord, "broken");
        await Store.WriteDamagedChannelAsync(broken);

        var listed = await sut.ListAsync(CancellationToken.None);

        Assert.Equal("-1001234", Assert.Single(listed).Key.ChannelId);
        Assert.Null(await sut.FindAsync(broken, CancellationToken.None));
    }

    private static DiscussionChannel Full() => new()
    {
        Key = new ChannelKey(Platform.Telegram, "-1001234"),
        Language = Language.Dutch,
        Slot = new WeeklySlot(DayOfWeek.Friday, new TimeOnly(18, 0), "Europe/Amsterdam"),
        Paused = PauseReason.CannotPost,
        SkipNext = true,
        LastSlot = At,
        UpcomingPromptId = "retraining-timing",
        UsedInCycle = ["retraining-timing", "ai-market-share"],
        Pending = new PendingPost { PostId = "wp0123456789abcdef0123", PromptId = "ai-market-share", DueAt = At, Attempts = 2, RetryAt = At.AddMinutes(1) },
        LastPostedAt = At.AddDays(-7),
        LastPromptId = "forced-still-bitter",
        CannotPostSince = At.AddHours(-1),
        NoticePending = true,
        RecentCommands = ["1", "2"],
    };
}
