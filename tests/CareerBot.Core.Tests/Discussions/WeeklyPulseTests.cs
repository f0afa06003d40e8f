using CareerBot.Core.Communities;
using CareerBot.Core.Conversations;
using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;
using CareerBot.Core.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Core.Tests.Discussions;

/// <summary>/weekly pulse through the whole turn: people start interviews from a server, a moderator asks for the pulse (issue 15).</summary>
public sealed class WeeklyPulseTests : IAsyncDisposable
{
    private const string Guild = "guild-7";
    private readonly InMemoryConversationStore _store = new();
    private readonly InMemoryDiscussionStore _discussions = new();
    private readonly InMemoryPlatformStateStore _pulses = new();
    private readonly RecordingReplySender _sender = new(Platform.Discord);
    private readonly FakeTimeProvider _clock = new(WeeklyPromptsFixture.Start);
    private readonly RecordingChannelPoster _poster;
    private readonly List<OutboxDispatcher> _dispatchers = [];

    public WeeklyPulseTests() => _poster = new RecordingChannelPoster(Platform.Discord, _clock);

    [Fact]
    public async Task Pulse_FivePeopleStartedFromTheServer_ShowsFive()
    {
        var sut = CreateSut();
        await StartInterviewsAsync(sut, 5);
        _clock.Advance(TimeSpan.FromDays(1));

        var pulse = await ModeratorAsync(sut, "/weekly pulse");

        Assert.Contains("People: 5–9", pulse, StringComparison.Ordinal);
        Assert.DoesNotContain("person-", pulse, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pulse_SomeoneForgetsDuringTheDay_TheDaysPulseStaysTheSameInEveryProcess()
    {
        var sut = CreateSut();
        await StartInterviewsAsync(sut, 5);
        _clock.Advance(TimeSpan.FromDays(1));
        var first = await ModeratorAsync(sut, "/weekly pulse");
        await ForgetAsync(sut, "person-3");

        var later = await ModeratorAsync(CreateSut(), "/weekly pulse");
        _clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await ModeratorAsync(sut, "/weekly pulse");

        Assert.Contains("People: 5–9", first, StringComparison.Ordinal);
        Assert.Equal(first, later);
        Assert.Contains("fewer than 5 people", nextDay, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PulseOn_SomeoneForgetsAfterTheReport_TheLineStillMatchesIt()
    {
        var sut = CreateSut();
        await StartInterviewsAsync(sut, 5);
        _clock.Advance(TimeSpan.FromDays(1));
        await ModeratorAsync(sut, "/weekly pulse");
        await ForgetAsync(sut, "person-3");

        await ModeratorAsync(sut, "/weekly pulse on");
        await ModeratorAsync(sut, "/weekly now");
        await RunSchedulerAsync();

        Assert.Contains("5–9 people", Assert.Single(_poster.Posts).Post.Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pulse_FivePeopleAllUnanswered_NoChart()
    {
        var sut = CreateSut();
        await StartInterviewsAsync(sut, 5);
        _clock.Advance(TimeSpan.FromDays(1));

        var reply = Assert.Single(await ModeratorRepliesAsync(sut, "/weekly pulse"));

        // Nobody has answered the worry question yet: one category alone, so the table is withheld and nothing is drawn.
        Assert.Null(reply.Message.Picture);
        Assert.Contains("not shown, so that no one's answer can be worked out", reply.Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pulse_FourPeople_NoChart()
    {
        var sut = CreateSut();
        await StartInterviewsAsync(sut, 4);
        _clock.Advance(TimeSpan.FromDays(1));

        var reply = Assert.Single(await ModeratorRepliesAsync(sut, "/weekly pulse"));

        Assert.Null(reply.Message.Picture);
    }

    [Fact]
    public async Task Pulse_SameDay_CountsNobodyYet()
    {
        var sut = CreateSut();
        await StartInterviewsAsync(sut, 5);

        var pulse = await ModeratorAsync(sut, "/weekly pulse");

        Assert.Contains("fewer than 5 people", pulse, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pulse_OneOfFiveForgot_FewerThanFive()
    {
        var sut = CreateSut();
        await StartInterviewsAsync(sut, 5);
        await ForgetAsync(sut, "person-3");
        _clock.Advance(TimeSpan.FromDays(1));

        var pulse = await ModeratorAsync(sut, "/weekly pulse");

        Assert.Null(_store.Get(new ConversationKey(Platform.Discord, "person-3")));
        Assert.Contains("fewer than 5 people", pulse, StringComparison.Ordinal);
        Assert.DoesNotContain("People:", pulse, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pulse_StartedMoreThan30DaysAgo_NotCounted()
    {
        var sut = CreateSut();
        await StartInterviewsAsync(sut, 5);
        _clock.Advance(TimeSpan.FromDays(32));

        var pulse = await ModeratorAsync(sut, "/weekly pulse");

        Assert.Contains("fewer than 5 people", pulse, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pulse_NotAModerator_RefusedAndNothingShown()
    {
        var sut = CreateSut();
        await StartInterviewsAsync(sut, 5);
        _clock.Advance(TimeSpan.FromDays(1));

        var pulse = await ModeratorAsync(sut, "/weekly pulse", moderator: false);

        Assert.Contains("only the group's admins or the server's moderators", pulse, StringComparison.Ordinal);
        Assert.DoesNotContain("People", pulse, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pulse_WithoutACommunity_SaysThereIsNoPulseHere()
    {
        var sut = CreateSut();

        var pulse = await ModeratorAsync(sut, "/weekly pulse", community: null);

        Assert.Contains("which community", pulse, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PulseOn_FivePeople_WeeklyPromptEndsWithTheLine()
    {
        var sut = CreateSut();
        await StartInterviewsAsync(sut, 5);
        _clock.Advance(TimeSpan.FromDays(1));

        var on = await ModeratorAsync(sut, "/weekly pulse on");
        await ModeratorAsync(sut, "/weekly now");
        await RunSchedulerAsync();

        Assert.Contains("ends with one line", on, StringComparison.Ordinal);
        Assert.EndsWith("📊 In the last 30 days 5–9 people from this community talked with me privately about their work. /career if you want to as well.", Assert.Single(_poster.Posts).Post.Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PulseOn_InterviewStoreFails_PromptGoesWithoutTheLineAndTheFailureIsLogged()
    {
        var logger = new RecordingLogger<WeeklyPrompts>();
        var weekly = new WeeklyPrompts(_discussions, TestPrompts.Catalog(3), [_poster], new DiscussionSettings(), _clock, new Random(1), interviews: new FailingInterviews(), logger: logger);
        var message = InServer("moderator", "") with { IsModerator = true, Community = Guild };
        await weekly.HandleCommandAsync(message with { MessageId = "m-on" }, "pulse on", CancellationToken.None);
        await weekly.HandleCommandAsync(message with { MessageId = "m-now" }, "now", CancellationToken.None);

        await weekly.RunDueAsync(CancellationToken.None);

        Assert.DoesNotContain("📊", Assert.Single(_poster.Posts).Post.Message.Text, StringComparison.Ordinal);
        Assert.Equal(4060, Assert.Single(logger.Entries).EventId);
    }

    [Fact]
    public async Task PulseOn_Status_SaysTheLineIsOn()
    {
        var sut = CreateSut();

        await ModeratorAsync(sut, "/weekly pulse on");
        var status = await ModeratorAsync(sut, "/weekly status");

        Assert.Contains("Pulse line: on", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PulseOn_FourPeople_NoLine()
    {
        var sut = CreateSut();
        await StartInterviewsAsync(sut, 4);
        _clock.Advance(TimeSpan.FromDays(1));

        await ModeratorAsync(sut, "/weekly pulse on");
        await ModeratorAsync(sut, "/weekly now");
        await RunSchedulerAsync();

        Assert.DoesNotContain("📊", Assert.Single(_poster.Posts).Post.Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PulseOff_AfterOn_NoLine()
    {
        var sut = CreateSut();
        await StartInterviewsAsync(sut, 5);
        _clock.Advance(TimeSpan.FromDays(1));

        await ModeratorAsync(sut, "/weekly pulse on");
        var off = await ModeratorAsync(sut, "/weekly pulse off");
        await ModeratorAsync(sut, "/weekly now");
        await RunSchedulerAsync();

        Assert.Contains("no longer end with a line", off, StringComparison.Ordinal);
        Assert.DoesNotContain("📊", Assert.Single(_poster.Posts).Post.Message.Text, StringComparison.Ordinal);
        Assert.Null((await _discussions.FindAsync(new ChannelKey(Platform.Discord, "channel-1"), CancellationToken.None))?.PulseCommunity);
    }

    [Fact]
    public async Task PulseOn_NotAModerator_RefusedAndNothingChanged()
    {
        var sut = CreateSut();

        await ModeratorAsync(sut, "/weekly pulse on", moderator: false);

        Assert.Null(await _discussions.FindAsync(new ChannelKey(Platform.Discord, "channel-1"), CancellationToken.None));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var dispatcher in _dispatchers)
        {
            await dispatcher.DisposeAsync();
        }
    }

    private WeeklyPrompts? _weekly;

    private TurnProcessor CreateSut()
    {
        _weekly = new WeeklyPrompts(_discussions, TestPrompts.Catalog(3), [_poster], new DiscussionSettings(), _clock, new Random(1), interviews: _store, states: _pulses);
        var dispatcher = new OutboxDispatcher([_sender], _store, TimeProvider.System, NullLogger<OutboxDispatcher>.Instance);
        _dispatchers.Add(dispatcher);
        return new(EngineDriver.CreateEngine(), _store, _weekly, dispatcher, _clock);
    }

    private async Task RunSchedulerAsync() => await _weekly!.RunDueAsync(CancellationToken.None);

    /// <summary>People type /career in the server: the interview starts in their DM at once, from this server.</summary>
    private static async Task StartInterviewsAsync(TurnProcessor sut, int people)
    {
        for (var i = 1; i <= people; i++)
        {
            await sut.HandleAsync(InServer($"person-{i}", "/career") with { Community = Guild }, CancellationToken.None);
            await PersonAsync(sut, $"person-{i}", "I'm a nurse");
        }
    }

    private static async Task ForgetAsync(TurnProcessor sut, string person)
    {
        var confirm = await PersonAsync(sut, person, "/forget");
        await PersonAsync(sut, person, choice: confirm.SelectMany(r => r.Message.Choices).First().Payload);
    }

    private static async Task<IReadOnlyList<OutboxEntry>> PersonAsync(TurnProcessor sut, string person, string? text = null, string? choice = null)
    {
        var message = Some.Text(text ?? "", new ConversationKey(Platform.Discord, person)) with { Text = text, ChoicePayload = choice };
        var receipt = await sut.HandleAsync(message, CancellationToken.None);
        await receipt.Delivered;
        return receipt.Replies;
    }

    private static async Task<string> ModeratorAsync(TurnProcessor sut, string text, bool moderator = true, string? community = Guild) =>
        string.Join("\n", (await ModeratorRepliesAsync(sut, text, moderator, community)).Select(r => r.Message.Text));

    private static async Task<IReadOnlyList<OutboxEntry>> ModeratorRepliesAsync(TurnProcessor sut, string text, bool moderator = true, string? community = Guild)
    {
        var message = InServer("moderator", text) with { IsModerator = moderator, Community = community };
        var receipt = await sut.HandleAsync(message, CancellationToken.None);
        await receipt.Delivered;
        return receipt.Replies;
    }

    private static IncomingMessage InServer(string person, string text) =>
        Some.Text(text, new ConversationKey(Platform.Discord, person), direct: false) with { ChannelId = "channel-1", CanOpenPrivateChat = true };

    private sealed class FailingInterviews : ICommunityInterviewStore
    {
        public Task<IReadOnlyList<CommunityInterview>> ListAsync(CommunityKey community, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("store down");
    }
}
