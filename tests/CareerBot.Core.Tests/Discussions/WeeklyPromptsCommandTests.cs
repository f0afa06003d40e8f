using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging;

namespace CareerBot.Core.Tests.Discussions;

public class WeeklyPromptsCommandTests
{
    private readonly WeeklyPromptsFixture _fixture = new();

    [Theory]
    [InlineData(Platform.Telegram, "now")]
    [InlineData(Platform.Telegram, "schedule friday 18:00 Europe/Amsterdam")]
    [InlineData(Platform.Discord, "pause")]
    [InlineData(Platform.Discord, "status")]
    public async Task HandleCommandAsync_NotAModerator_RefusesPolitelyAndChangesNothing(Platform platform, string argument)
    {
        var sut = _fixture.CreateSut();

        var replies = await sut.HandleCommandAsync(WeeklyPromptsFixture.Command(platform: platform, moderator: false), argument, CancellationToken.None);

        Assert.Contains("only the group's admins or the server's moderators", Assert.Single(replies).Text, StringComparison.Ordinal);
        Assert.Equal(0, _fixture.Store.Saves);
        Assert.Empty((await sut.RunDueAsync(CancellationToken.None)).Events);
    }

    [Fact]
    public async Task HandleCommandAsync_NotAModeratorInDutch_RefusesInDutch()
    {
        var sut = _fixture.CreateSut();

        var replies = await sut.HandleCommandAsync(WeeklyPromptsFixture.Command(moderator: false, locale: "nl"), "now", CancellationToken.None);

        Assert.Contains("alleen de beheerders", Assert.Single(replies).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleCommandAsync_InAPrivateChat_PointsToTheGroup()
    {
        var sut = _fixture.CreateSut();

        var replies = await sut.HandleCommandAsync(WeeklyPromptsFixture.Command() with { ChannelId = null, IsDirect = true }, "now", CancellationToken.None);

        Assert.Contains("group or server channel", Assert.Single(replies).Text, StringComparison.Ordinal);
        Assert.Equal(0, _fixture.Store.Saves);
    }

    [Fact]
    public async Task HandleCommandAsync_Status_ShowsScheduleNextPostAndThePromptThatWillActuallyBePosted()
    {
        var sut = _fixture.CreateSut();
        await WeeklyPromptsFixture.SayAsync(sut, "schedule friday 18:00 Europe/Amsterdam");

        var status = await WeeklyPromptsFixture.SayAsync(sut, "status");
        var again = await WeeklyPromptsFixture.SayAsync(sut, "status");
        await _fixture.RunUntilAsync(sut, WeeklyPromptsFixture.Start.AddDays(5));

        Assert.Contains("Schedule: every Friday at 18:00 (Europe/Amsterdam)", status, StringComparison.Ordinal);
        Assert.Contains("State: on", status, StringComparison.Ordinal);
        Assert.Contains("Next post: Friday 9 January 18:00 (Europe/Amsterdam)", status, StringComparison.Ordinal);
        Assert.Equal(status, again);
        var posted = Assert.Single(_fixture.Telegram.PromptIdsIn("-100", _fixture.Catalog));
        Assert.Contains($"English text of {posted}.", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleCommandAsync_ScheduleWithoutZone_UsesTheDefaultAndSaysSo()
    {
        var sut = _fixture.CreateSut();

        var said = await WeeklyPromptsFixture.SayAsync(sut, "schedule mon 9:00");

        Assert.Contains("every Monday at 09:00 (UTC)", said, StringComparison.Ordinal);
        Assert.Contains("To use your own time zone", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleCommandAsync_NowWhileAPostIsOnItsWay_DoesNotQueueASecond()
    {
        var sut = _fixture.CreateSut();

        await WeeklyPromptsFixture.SayAsync(sut, "now");
        var second = await WeeklyPromptsFixture.SayAsync(sut, "now");
        await sut.RunDueAsync(CancellationToken.None);

        Assert.Contains("already on its way", second, StringComparison.Ordinal);
        Assert.Single(_fixture.Telegram.Posts);
    }

    [Fact]
    public async Task HandleCommandAsync_Now_WakesTheScheduler()
    {
        var sut = _fixture.CreateSut();
        var waiting = sut.Signal.WaitAsync(TimeSpan.FromHours(1), _fixture.Clock, CancellationToken.None);

        await WeeklyPromptsFixture.SayAsync(sut, "now");

        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData("schedule someday 18:00", "Which day?")]
    [InlineData("schedule fri 6pm", "HH:mm")]
    [InlineData("schedule fri 18:00 Mars/Base", "IANA name")]
    [InlineData("dance", "I don't know that /weekly command.")]
    [InlineData("", "/weekly schedule friday 18:00 Europe/Amsterdam")]
    [InlineData("skip", "There is no weekly slot yet")]
    [InlineData("resume", "There is no weekly slot yet")]
    public async Task HandleCommandAsync_BadOrIncompleteInput_ExplainsAndChangesNoSchedule(string argument, string expected)
    {
        var sut = _fixture.CreateSut();

        var said = await WeeklyPromptsFixture.SayAsync(sut, argument);

        Assert.Contains(expected, said, StringComparison.Ordinal);
        Assert.Empty(await _fixture.Store.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task HandleCommandAsync_DutchModerator_AnswersInDutch()
    {
        var sut = _fixture.CreateSut();

        var replies = await sut.HandleCommandAsync(WeeklyPromptsFixture.Command(locale: "nl"), "plannen vrijdag 18:00 Europe/Amsterdam", CancellationToken.None);

        Assert.Contains("elke vrijdag om 18:00 (Europe/Amsterdam)", Assert.Single(replies).Text, StringComparison.Ordinal);
    }
}
