using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging;
using CareerBot.Core.Texts;
using CareerBot.Storage.LiteDb.Discussions;
using CareerBot.Storage.LiteDb.Tests.Conversations;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerBot.Storage.LiteDb.Tests.Discussions;

public sealed class LiteDbDiscussionStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 27, 17, 0, 0, TimeSpan.Zero);
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task SaveAsync_EveryField_ReadsBackEqualAfterReopeningTheFile()
    {
        var channel = Full();
        await CreateSut().SaveAsync(channel, CancellationToken.None);

        _db.Database.Dispose();
        using var reopened = TestDatabase.Open(_db.Path);
        var found = await new LiteDbDiscussionStore(reopened, new LiteDbWriteGate(), NullLogger<LiteDbDiscussionStore>.Instance)
            .FindAsync(channel.Key, CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(channel with { UsedInCycle = [], RecentCommands = [] }, found with { UsedInCycle = [], RecentCommands = [] });
        Assert.Equal(channel.UsedInCycle, found.UsedInCycle);
        Assert.Equal(channel.RecentCommands, found.RecentCommands);
    }

    [Fact]
    public async Task FindAsync_OtherPlatformSameChannelId_IsADifferentChannel()
    {
        var sut = CreateSut();
        await sut.SaveAsync(Full(), CancellationToken.None);

        Assert.Null(await sut.FindAsync(new ChannelKey(Platform.Discord, "-1001234"), CancellationToken.None));
    }

    [Fact]
    public async Task ListAsync_OnlyChannelsWithAScheduleOrAPendingPost()
    {
        var sut = CreateSut();
        await sut.SaveAsync(Full(), CancellationToken.None);
        await sut.SaveAsync(new DiscussionChannel { Key = new ChannelKey(Platform.Discord, "status-only") }, CancellationToken.None);
        await sut.SaveAsync(new DiscussionChannel { Key = new ChannelKey(Platform.Discord, "now-only"), Pending = Full().Pending }, CancellationToken.None);

        var listed = await sut.ListAsync(CancellationToken.None);

        Assert.Equal(["-1001234", "now-only"], listed.Select(c => c.Key.ChannelId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListAsync_DamagedDocument_IsSkippedAndTheOthersStillLoad()
    {
        var sut = CreateSut();
        await sut.SaveAsync(Full(), CancellationToken.None);
        _db.Database.GetCollection(LiteDbDiscussionStore.CollectionName).Upsert(new BsonDocument { ["_id"] = "Discord:broken", ["platform"] = "Discord", ["state"] = "{\"key\": 12, \"slot\": [" });

        var listed = await sut.ListAsync(CancellationToken.None);

        Assert.Single(listed);
        Assert.Null(await sut.FindAsync(new ChannelKey(Platform.Discord, "broken"), CancellationToken.None));
    }

    private LiteDbDiscussionStore CreateSut() => new(_db.Database, new LiteDbWriteGate(), NullLogger<LiteDbDiscussionStore>.Instance);

    private static DiscussionChannel Full() => new()
    {
        Key = new ChannelKey(Platform.Telegram, "-1001234"),
        Language = Language.Dutch,
        Slot = new WeeklySlot(DayOfWeek.Friday, new TimeOnly(18, 0), "Europe/Amsterdam"),
        Paused = PauseReason.CannotPost,
        SkipNext = true,
        LastSlot = Now,
        UpcomingPromptId = "retraining-timing",
        UsedInCycle = ["retraining-timing", "ai-market-share"],
        Pending = new PendingPost { PostId = "wp0123456789abcdef0123", PromptId = "ai-market-share", DueAt = Now, Attempts = 2, RetryAt = Now.AddMinutes(1) },
        LastPostedAt = Now.AddDays(-7),
        LastPromptId = "forced-still-bitter",
        CannotPostSince = Now.AddHours(-1),
        NoticePending = true,
        RecentCommands = ["1", "2"],
    };
}
