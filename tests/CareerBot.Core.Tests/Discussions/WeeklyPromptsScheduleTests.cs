using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging;

namespace CareerBot.Core.Tests.Discussions;

public class WeeklyPromptsScheduleTests
{
    private readonly WeeklyPromptsFixture _fixture = new();

    [Theory]
    [InlineData("Europe/Amsterdam")]
    [InlineData("America/New_York")]
    public async Task RunDueAsync_AYear_PostsEveryFridayAt1800LocalAcrossBothDaylightSavingChanges(string zoneId)
    {
        var sut = _fixture.CreateSut();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        await WeeklyPromptsFixture.SayAsync(sut, $"schedule friday 18:00 {zoneId}");

        await _fixture.RunUntilAsync(sut, WeeklyPromptsFixture.Start.AddDays(365));

        var posts = _fixture.Telegram.Posts;
        Assert.Equal(52, posts.Count);
        Assert.All(posts, post =>
        {
            var local = TimeZoneInfo.ConvertTime(post.At, zone);
            Assert.Equal(DayOfWeek.Friday, local.DayOfWeek);
            Assert.Equal(new TimeOnly(18, 0), TimeOnly.FromDateTime(local.DateTime));
        });
        Assert.Equal(2, posts.Select(p => zone.GetUtcOffset(p.At)).Zip(posts.Skip(1).Select(p => zone.GetUtcOffset(p.At)), (a, b) => a != b).Count(changed => changed));
        Assert.Equal(52, posts.Select(p => p.Post.PostId).Distinct().Count());
    }

    [Fact]
    public async Task RunDueAsync_TwoFullCycles_NoPromptRepeatsWithinACycleNorAcrossTheSeam()
    {
        var sut = _fixture.CreateSut();
        await WeeklyPromptsFixture.SayAsync(sut, "schedule monday 12:00 UTC");

        await _fixture.RunUntilAsync(sut, WeeklyPromptsFixture.Start.AddDays(7 * 12));

        var used = _fixture.Telegram.PromptIdsIn("-100", _fixture.Catalog).ToList();
        Assert.Equal(12, used.Count);
        Assert.Equal(6, used.Take(6).Distinct().Count());
        Assert.Equal(6, used.Skip(6).Distinct().Count());
        Assert.NotEqual(used[5], used[6]);
    }

    [Fact]
    public async Task RunDueAsync_FiveChannelsOnTwoPlatforms_EachKeepsItsOwnScheduleAndCycle()
    {
        var sut = _fixture.CreateSut();
        await WeeklyPromptsFixture.SayAsync(sut, "schedule monday 09:00 Europe/Amsterdam", "-1");
        await WeeklyPromptsFixture.SayAsync(sut, "schedule tuesday 20:00 America/New_York", "-2");
        await WeeklyPromptsFixture.SayAsync(sut, "schedule friday 18:00 UTC", "-3");
        await WeeklyPromptsFixture.SayAsync(sut, "schedule monday 09:00 Europe/Amsterdam", "d1", Platform.Discord);
        await WeeklyPromptsFixture.SayAsync(sut, "schedule sunday 07:15 Asia/Tokyo", "d2", Platform.Discord);
        await WeeklyPromptsFixture.SayAsync(sut, "pause", "-3");

        await _fixture.RunUntilAsync(sut, WeeklyPromptsFixture.Start.AddDays(42).AddHours(-1));

        foreach (var (poster, channel) in new[] { (_fixture.Telegram, "-1"), (_fixture.Telegram, "-2"), (_fixture.Discord, "d1"), (_fixture.Discord, "d2") })
        {
            var prompts = poster.PromptIdsIn(channel, _fixture.Catalog).ToList();
            Assert.Equal(6, prompts.Count);
            Assert.Equal(6, prompts.Distinct().Count());
        }

        Assert.Empty(_fixture.Telegram.PromptIdsIn("-3", _fixture.Catalog));
        Assert.All(_fixture.Discord.Posts, p => Assert.StartsWith("d", p.Post.Channel.ChannelId, StringComparison.Ordinal));
        Assert.All(_fixture.Telegram.Posts, p => Assert.StartsWith("-", p.Post.Channel.ChannelId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunDueAsync_PausedThenResumed_SlotsDuringThePauseAreNotMadeUp()
    {
        var sut = _fixture.CreateSut();
        await WeeklyPromptsFixture.SayAsync(sut, "schedule wednesday 12:00 UTC");
        await WeeklyPromptsFixture.SayAsync(sut, "pause");
        await _fixture.RunUntilAsync(sut, WeeklyPromptsFixture.Start.AddDays(15));

        var resumed = await WeeklyPromptsFixture.SayAsync(sut, "resume");
        await _fixture.RunUntilAsync(sut, WeeklyPromptsFixture.Start.AddDays(22));

        var post = Assert.Single(_fixture.Telegram.Posts);
        Assert.Equal(new DateTimeOffset(2026, 1, 21, 12, 0, 0, TimeSpan.Zero), post.At);
        Assert.Contains("Wednesday 21 January 12:00 (UTC)", resumed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunDueAsync_SkipNext_SkipsOneSlotThenCarriesOn()
    {
        var sut = _fixture.CreateSut();
        await WeeklyPromptsFixture.SayAsync(sut, "schedule tuesday 08:00 UTC");
        var said = await WeeklyPromptsFixture.SayAsync(sut, "skip");

        await _fixture.RunUntilAsync(sut, WeeklyPromptsFixture.Start.AddDays(14));

        Assert.Contains("Tuesday 6 January 08:00 (UTC) will be skipped", said, StringComparison.Ordinal);
        var post = Assert.Single(_fixture.Telegram.Posts);
        Assert.Equal(new DateTimeOffset(2026, 1, 13, 8, 0, 0, TimeSpan.Zero), post.At);
        Assert.Contains(_fixture.Events, e => e.Kind == DueEventKind.Skipped);
    }

    [Fact]
    public async Task RunDueAsync_DutchChannel_PostsTheDutchText()
    {
        var sut = _fixture.CreateSut();
        await WeeklyPromptsFixture.SayAsync(sut, "language nl");

        await WeeklyPromptsFixture.SayAsync(sut, "now");
        await sut.RunDueAsync(CancellationToken.None);

        var text = Assert.Single(_fixture.Telegram.Posts).Post.Message.Text;
        Assert.Contains("Nederlandse tekst van", text, StringComparison.Ordinal);
        Assert.Contains("Gespreksvraag van de week", text, StringComparison.Ordinal);
    }
}
