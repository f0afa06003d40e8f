using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;
using CareerBot.Core.Telemetry;
using CareerBot.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Core.Tests.Telemetry;

public sealed class BotMetricsTests : IDisposable
{
    private readonly TestMeterFactory _meters = new();
    private readonly FakeTimeProvider _clock = new();
    private readonly BotMetrics _sut;
    private readonly RecordedMeasurements _recorded;

    public BotMetricsTests()
    {
        _sut = new BotMetrics(_meters);
        _recorded = new RecordedMeasurements(_sut.Meter);
    }

    public void Dispose()
    {
        _recorded.Dispose();
        _meters.Dispose();
    }

    [Fact]
    public void Meter_IsNamedCareerBot()
    {
        Assert.Equal("CareerBot", _sut.Meter.Name);
    }

    [Fact]
    public async Task MeteredTurnProcessor_StoredTurn_CountedAndTimedByPlatform()
    {
        var turns = new ScriptedTurns(_clock, TimeSpan.FromMilliseconds(40));
        var processor = new MeteredTurnProcessor(turns, _sut, _clock);

        await processor.HandleAsync(Message(Platform.Telegram), CancellationToken.None);

        Assert.Equal(["turns 1 outcome=stored,platform=telegram", "turn.duration.seconds 0.04 platform=telegram"], _recorded.Lines);
    }

    [Fact]
    public async Task MeteredTurnProcessor_RepeatedEvent_CountedAsRepeatedAndNotTimed()
    {
        var processor = new MeteredTurnProcessor(new ScriptedTurns(_clock, TimeSpan.Zero) { Repeat = true }, _sut, _clock);

        await processor.HandleAsync(Message(Platform.Discord), CancellationToken.None);

        Assert.Equal(["turns 1 outcome=repeated,platform=discord"], _recorded.Lines);
    }

    [Fact]
    public async Task MeteredTurnProcessor_StoreDown_CountedAsFailedAndRethrown()
    {
        var processor = new MeteredTurnProcessor(new ScriptedTurns(_clock, TimeSpan.Zero) { Failure = new IOException("down") }, _sut, _clock);

        await Assert.ThrowsAsync<IOException>(() => processor.HandleAsync(Message(Platform.Telegram), CancellationToken.None));

        Assert.Equal(["turns 1 outcome=failed,platform=telegram"], _recorded.Lines);
    }

    [Fact]
    public async Task MeteredReplySender_Outcomes_DeliveredAndFailedCountedRetriesNot()
    {
        var sender = new RecordingReplySender(Platform.Telegram);
        sender.Answer(DeliveryOutcome.Delivered, DeliveryOutcome.Retry(TimeSpan.FromSeconds(3), "429"), DeliveryOutcome.Undeliverable("blocked"));
        var sut = new MeteredReplySender(sender, _sut);

        for (var i = 0; i < 3; i++)
        {
            await sut.SendAsync(Reply(), CancellationToken.None);
        }

        Assert.Equal(["replies.delivered 1 platform=telegram", "replies.failed 1 platform=telegram"], _recorded.Lines);
        Assert.Equal(Platform.Telegram, sut.Platform);
        Assert.Equal(3, sender.Attempts.Count);
    }

    [Fact]
    public void Counters_RateLimitsAndGateway_TaggedByPlatform()
    {
        _sut.RateLimited(Platform.Telegram);
        _sut.GatewayReconnected(Platform.Discord);
        _sut.GatewayResumed(Platform.Discord);

        Assert.Equal(["rate_limited 1 platform=telegram", "gateway.reconnects 1 platform=discord", "gateway.resumes 1 platform=discord"], _recorded.Lines);
    }

    [Fact]
    public void Counters_InlineQueriesAndChosenResults_OnlyCountsAndWhetherAnyJobMatched()
    {
        _sut.InlineQueryAnswered(Platform.Telegram, 7);
        _sut.InlineQueryAnswered(Platform.Telegram, 0);
        _sut.InlineResultChosen(Platform.Telegram);

        Assert.Equal(["inline.queries 1 matched=true,platform=telegram", "inline.queries 1 matched=false,platform=telegram", "inline.chosen 1 platform=telegram"], _recorded.Lines);
    }

    [Fact]
    public void ObservableGauges_PendingAndAges_ReadWhenObservedAndSilentWithoutAValue()
    {
        var pending = 3;
        _sut.ObservePending(() => pending);
        _sut.ObserveTelegramPollAge(() => TimeSpan.FromSeconds(12.34));
        _sut.ObserveTelegramWebhookAge(() => null);

        _recorded.Observe();
        pending = 0;
        _recorded.Observe();

        Assert.Equal(["replies.pending 3", "telegram.poll.age.seconds 12.3", "replies.pending 0", "telegram.poll.age.seconds 12.3"], _recorded.Lines);
    }

    private static IncomingMessage Message(Platform platform) => Some.Text("hello", new ConversationKey(platform, "42"));

    private static OutboxEntry Reply() => new()
    {
        Id = Some.MessageId(),
        Key = new ConversationKey(Platform.Telegram, "42"),
        ReplyAddress = "42",
        InReplyTo = "m0",
        Message = new OutgoingMessage { Text = "hi" },
        CreatedAt = Some.Now,
    };

    private sealed class ScriptedTurns(FakeTimeProvider clock, TimeSpan takes) : ITurnProcessor
    {
        public bool Repeat { get; init; }

        public Exception? Failure { get; init; }

        public Task<TurnReceipt> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
        {
            clock.Advance(takes);
            return Failure is { } failure ? Task.FromException<TurnReceipt>(failure)
                : Task.FromResult(Repeat ? TurnReceipt.Repeated : new TurnReceipt([], Task.CompletedTask));
        }
    }
}
