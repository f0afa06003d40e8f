using CareerBot.Core.Discussions;
using CareerBot.Core.Tests.Support;

namespace CareerBot.Core.Tests.Discussions;

public class WeeklyPromptsReliabilityTests
{
    private static readonly DateTimeOffset FirstSlot = new(2026, 1, 9, 18, 0, 0, TimeSpan.Zero); // Friday
    private readonly WeeklyPromptsFixture _fixture = new();

    [Fact]
    public async Task RunDueAsync_RestartBetweenDueAndSent_PostsOnceWithTheRecordedPrompt()
    {
        var before = _fixture.CreateSut();
        await WeeklyPromptsFixture.SayAsync(before, "schedule friday 18:00 UTC");
        _fixture.Clock.SetUtcNow(FirstSlot);
        using var dying = new CancellationTokenSource();
        _fixture.Telegram.BeforePost = token =>
        {
            dying.Cancel();
            token.ThrowIfCancellationRequested();
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => before.RunDueAsync(dying.Token));
        var recorded = (await _fixture.Store.FindAsync(new ChannelKey(Core.Messaging.Platform.Telegram, "-100"), CancellationToken.None))!.Pending!;
        _fixture.Telegram.BeforePost = null;
        _fixture.Clock.Advance(TimeSpan.FromMinutes(3));
        var after = _fixture.CreateSut(seed: 99);
        await _fixture.RunUntilAsync(after, FirstSlot.AddDays(6));

        var post = Assert.Single(_fixture.Telegram.Posts);
        Assert.Equal(recorded.PostId, post.Post.PostId);
        Assert.Equal([recorded.PromptId], _fixture.Telegram.PromptIdsIn("-100", _fixture.Catalog));
    }

    [Fact]
    public async Task RunDueAsync_TwoProcessesShareTheStore_TheSlotIsPostedOnce()
    {
        var leases = new InMemoryLeaseStore(_fixture.Clock);
        var first = CreateProcess(leases, "p1");
        var second = CreateProcess(leases, "p2");
        await WeeklyPromptsFixture.SayAsync(first, "schedule friday 18:00 UTC");
        _fixture.Clock.SetUtcNow(FirstSlot);
        DueRun? secondRun = null;
        _fixture.Telegram.BeforePost = _ =>
        {
            // While p1 posts (the post recorded as pending), p2's scheduler looks at the same channel.
            _fixture.Telegram.BeforePost = null;
            secondRun = second.RunDueAsync(CancellationToken.None).GetAwaiter().GetResult();
        };

        await first.RunDueAsync(CancellationToken.None);
        await second.RunDueAsync(CancellationToken.None);

        Assert.Single(_fixture.Telegram.Posts);
        Assert.NotNull(secondRun);
        Assert.Empty(secondRun.Events);
    }

    [Fact]
    public async Task RunDueAsync_CrashAfterThePlatformTookThePost_RetriesWithTheSamePostIdForThePlatformToDedupe()
    {
        var before = _fixture.CreateSut();
        await WeeklyPromptsFixture.SayAsync(before, "schedule friday 18:00 UTC");
        _fixture.Clock.SetUtcNow(FirstSlot);
        _fixture.Store.CrashOnSave = _fixture.Store.Saves + 2; // 1: recorded as due, 2: recorded as sent

        await Assert.ThrowsAsync<SimulatedCrashException>(() => before.RunDueAsync(CancellationToken.None));
        var after = _fixture.CreateSut(seed: 99);
        await _fixture.RunUntilAsync(after, FirstSlot.AddDays(6));

        Assert.Equal(2, _fixture.Telegram.Posts.Count);
        Assert.Single(_fixture.Telegram.Posts.Select(p => p.Post.PostId).Distinct());
    }

    [Fact]
    public async Task RunDueAsync_BackInsideTheGraceWindow_PostsTheMissedSlotOnce()
    {
        var sut = _fixture.CreateSut();
        await WeeklyPromptsFixture.SayAsync(sut, "schedule friday 18:00 UTC");
        _fixture.Clock.SetUtcNow(FirstSlot.AddHours(5).AddMinutes(59));

        await _fixture.RunUntilAsync(sut, FirstSlot.AddDays(6));

        var post = Assert.Single(_fixture.Telegram.Posts);
        Assert.Equal(FirstSlot.AddHours(5).AddMinutes(59), post.At);
        Assert.DoesNotContain(_fixture.Events, e => e.Kind == DueEventKind.Missed);
    }

    [Fact]
    public async Task RunDueAsync_BackOutsideTheGraceWindow_SkipsTheSlotAndCarriesOnNextWeek()
    {
        var sut = _fixture.CreateSut();
        await WeeklyPromptsFixture.SayAsync(sut, "schedule friday 18:00 UTC");
        _fixture.Clock.SetUtcNow(FirstSlot.AddHours(6).AddMinutes(1));

        await _fixture.RunUntilAsync(sut, FirstSlot.AddDays(7));

        var post = Assert.Single(_fixture.Telegram.Posts);
        Assert.Equal(FirstSlot.AddDays(7), post.At);
        var missed = Assert.Single(_fixture.Events, e => e.Kind == DueEventKind.Missed);
        Assert.Equal(FirstSlot, missed.Slot);
    }

    [Fact]
    public async Task RunDueAsync_DownForThreeWeeks_PostsOnlyTheLatestSlotAndCountsTheRest()
    {
        var sut = _fixture.CreateSut();
        await WeeklyPromptsFixture.SayAsync(sut, "schedule friday 18:00 UTC");
        _fixture.Clock.SetUtcNow(FirstSlot.AddDays(21).AddHours(1));

        await _fixture.RunUntilAsync(sut, FirstSlot.AddDays(27));

        var post = Assert.Single(_fixture.Telegram.Posts);
        Assert.Equal(FirstSlot.AddDays(21).AddHours(1), post.At);
        Assert.Equal(3, Assert.Single(_fixture.Events, e => e.Kind == DueEventKind.Missed).Missed);
    }

    [Fact]
    public async Task RunDueAsync_PlatformBusy_RetriesWithBackOffAndPostsOnce()
    {
        var sut = _fixture.CreateSut();
        await WeeklyPromptsFixture.SayAsync(sut, "now");
        _fixture.Telegram.Outcomes.Enqueue(PostOutcome.RetryLater);
        _fixture.Telegram.Outcomes.Enqueue(PostOutcome.RetryLater);

        await _fixture.RunUntilAsync(sut, WeeklyPromptsFixture.Start.AddHours(1));

        var post = Assert.Single(_fixture.Telegram.Posts);
        Assert.Equal(WeeklyPromptsFixture.Start.AddSeconds(30 + 60), post.At);
        Assert.Equal(2, _fixture.Events.Count(e => e.Kind == DueEventKind.RetryLater));
    }

    [Fact]
    public async Task RunDueAsync_PlatformDownPastTheGraceWindow_DropsThePostInsteadOfPostingItLate()
    {
        var sut = _fixture.CreateSut();
        await WeeklyPromptsFixture.SayAsync(sut, "now");
        for (var i = 0; i < 50; i++)
        {
            _fixture.Telegram.Outcomes.Enqueue(PostOutcome.RetryLater);
        }

        await _fixture.RunUntilAsync(sut, WeeklyPromptsFixture.Start.AddDays(2));

        Assert.Empty(_fixture.Telegram.Posts);
        Assert.Single(_fixture.Events, e => e.Kind == DueEventKind.Missed);
        Assert.Null((await _fixture.Store.FindAsync(new ChannelKey(Core.Messaging.Platform.Telegram, "-100"), CancellationToken.None))!.Pending);
    }

    [Fact]
    public async Task RunDueAsync_BotRemovedFromTheGroup_PausesAndTellsTheNextModeratorOnce()
    {
        var sut = _fixture.CreateSut();
        await WeeklyPromptsFixture.SayAsync(sut, "schedule friday 18:00 UTC");
        _fixture.Telegram.Outcomes.Enqueue(PostOutcome.CannotPost);

        await _fixture.RunUntilAsync(sut, FirstSlot.AddDays(20));
        var first = await WeeklyPromptsFixture.SayAsync(sut, "status");
        var second = await WeeklyPromptsFixture.SayAsync(sut, "status");

        Assert.Empty(_fixture.Telegram.Posts);
        Assert.Single(_fixture.Events, e => e.Kind == DueEventKind.CannotPost);
        Assert.Contains("could not post here", first, StringComparison.Ordinal);
        Assert.StartsWith("Note:", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Note:", second, StringComparison.Ordinal);
        Assert.Contains("paused, because I could not post here", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleCommandAsync_SameCommandReplayedAfterACrash_IsNotAppliedTwice()
    {
        var sut = _fixture.CreateSut();
        var message = WeeklyPromptsFixture.Command(messageId: "update-7");

        await sut.HandleCommandAsync(message, "now", CancellationToken.None);
        await sut.HandleCommandAsync(message, "now", CancellationToken.None);
        await _fixture.RunUntilAsync(sut, WeeklyPromptsFixture.Start.AddHours(1));

        Assert.Single(_fixture.Telegram.Posts);
    }

    [Fact]
    public async Task RunDueAsync_NoAdapterForThePlatform_LeavesThePostDueWithoutAnAttempt()
    {
        var sut = _fixture.CreateSut();
        await WeeklyPromptsFixture.SayAsync(sut, "now", "console", Core.Messaging.Platform.Console);

        var run = await sut.RunDueAsync(CancellationToken.None);

        Assert.Empty(run.Events);
        var pending = (await _fixture.Store.FindAsync(new ChannelKey(Core.Messaging.Platform.Console, "console"), CancellationToken.None))!.Pending;
        Assert.NotNull(pending);
        Assert.Equal(0, pending.Attempts);
    }

    [Fact]
    public async Task RunDueAsync_ThisProcessCannotPostOnThePlatform_AnotherProcessPostsOnTime()
    {
        var leases = new InMemoryLeaseStore(_fixture.Clock);
        var discordOnly = CreateProcess(leases, "discord-shard");
        var telegram = CreateProcess(leases, "telegram-webhook");
        await WeeklyPromptsFixture.SayAsync(telegram, "schedule friday 18:00 UTC");
        _fixture.Clock.SetUtcNow(FirstSlot);
        _fixture.Telegram.IsEnabled = false; // as seen by the Discord-only process

        await discordOnly.RunDueAsync(CancellationToken.None);
        _fixture.Telegram.IsEnabled = true;
        await telegram.RunDueAsync(CancellationToken.None);

        var post = Assert.Single(_fixture.Telegram.Posts);
        Assert.Equal(FirstSlot, post.At);
    }

    private WeeklyPrompts CreateProcess(InMemoryLeaseStore leases, string process) =>
        new(_fixture.Store, _fixture.Catalog, [_fixture.Telegram, _fixture.Discord], new DiscussionSettings(), _fixture.Clock, new Random(7), leases, new Core.Messaging.ProcessIdentity(process));
}
