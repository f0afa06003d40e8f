using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;
using CareerBot.Telegram.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit.Abstractions;

namespace CareerBot.Telegram.Tests.Polling;

/// <summary>
/// What one message costs the stores (issue 12: "a turn is one read and one write"): one private text update goes through
/// the polling service as in production — the real turn processor and dialogue engine, delivery of the replies through
/// the fake Bot API, confirmation, and the offset save — over counting stores. Startup calls are counted apart.
/// </summary>
public sealed class TelegramPollingServiceStoreCallTests : IAsyncDisposable
{
    private readonly ITestOutputHelper _output;
    private readonly CountingConversationStore _conversations = new(new InMemoryConversationStore());
    private readonly FakePlatformStateStore _stateValues = new();
    private readonly CountingPlatformStateStore _state;
    private readonly AdapterHarness _harness;

    public TelegramPollingServiceStoreCallTests(ITestOutputHelper output)
    {
        _output = output;
        _state = new CountingPlatformStateStore(_stateValues);
        _harness = new AdapterHarness(
            configure: null,
            services =>
            {
                services.AddSingleton<IConversationStore>(_conversations);
                services.AddSingleton<IPlatformStateStore>(_state);
                services.AddSingleton<ITurnProcessor>(sp => RealTurnProcessor.Create(sp.GetRequiredService<IConversationStore>(), sp.GetRequiredService<OutboxDispatcher>(), sp.GetRequiredService<TimeProvider>()));
            });
    }

    [Fact]
    public async Task Poll_OnePrivateText_StoreCallsPerMessage()
    {
        var sut = CreateSut();
        string? startup = null;
        _harness.Api.Script("getUpdates", _ =>
        {
            // Every startup call is done before the first poll: from here on, the counts belong to the message.
            startup = $"conversation store {_conversations.Counts.Describe()}\nplatform state {_state.Counts.Describe()}";
            _conversations.Counts.Reset();
            _state.Counts.Reset();
            return ApiReply.Ok("[" + Fixture.Text("telegram_private_text.json") + "]");
        });

        await sut.StartAsync(CancellationToken.None);
        var polledAgain = await _harness.WaitUntilAsync(() => _harness.Api.CallsTo("getUpdates").Count >= 2);
        await _harness.WaitUntilAsync(() => _conversations.Counts.Writes >= 2 && _harness.Dispatcher.Pending == 0); // the reply sent and confirmed
        await sut.StopAsync(CancellationToken.None);

        var replies = _harness.Api.CallsTo("sendMessage").Count;
        _output.WriteLine($"startup:\n{startup}");
        _output.WriteLine($"one private text ({replies} replies sent):");
        _output.WriteLine($"conversation store {_conversations.Counts.Describe()}");
        _output.WriteLine($"platform state {_state.Counts.Describe()}");
        _output.WriteLine($"both: reads {_conversations.Counts.Reads + _state.Counts.Reads}, writes {_conversations.Counts.Writes + _state.Counts.Writes}");
        Assert.True(polledAgain);
        Assert.Equal("892252935", _stateValues.Values["telegram:offset"]);

        // Before (main at a8acee2, one update, one reply): 4 reads and 4 writes.
        //   conversation store: IsHandledAsync 1, FindAsync 1 (reads 2); SaveTurnAsync 1, MarkDeliveredAsync 1 per reply (writes 2)
        //   platform state: GetAsync telegram:migrated:#, GetAsync telegram:blocked:# per reply (reads 2);
        //                   SetAsync telegram:blocked:# (remove) per direct message, SetAsync telegram:offset per batch (writes 2)
        // After (issue 12): the turn is one read (LoadTurnAsync) and one write (SaveTurnAsync); the confirmation is one
        // batched write for everything that settled meanwhile; a chat's blocked/migrated state is read once per process
        // (this is the chat's first message) and written only when it changes; the offset once per batch, not per message.
        Assert.Equal(1, replies);
        Assert.Equal("LoadTurnAsync 1, MarkDeliveredAsync 1, SaveTurnAsync 1", _conversations.Counts.Summary);
        Assert.Equal((1, 2), (_conversations.Counts.Reads, _conversations.Counts.Writes));
        Assert.Equal("GetAsync telegram:blocked:# 1, GetAsync telegram:migrated:# 1, SetAsync telegram:offset 1", _state.Counts.KeySummary);
        Assert.Equal((2, 1), (_state.Counts.Reads, _state.Counts.Writes));
    }

    [Fact]
    public async Task Poll_TwoPrivateTextsOfAChat_OneReadAndOneWritePerTurnAndTheChatStateReadOnce()
    {
        var sut = CreateSut();
        var first = Fixture.Text("telegram_private_text.json");
        _harness.Api.Script("getUpdates", _ =>
        {
            _conversations.Counts.Reset(); // start-up done
            _state.Counts.Reset();
            return ApiReply.Ok("[" + first + "]");
        });
        _harness.Api.Script("getUpdates", _ => ApiReply.Ok("[" + first.Replace("892252934", "892252936", StringComparison.Ordinal) + "]"));

        await sut.StartAsync(CancellationToken.None);
        await _harness.WaitUntilAsync(() => _harness.Api.CallsTo("getUpdates").Count >= 3 && _harness.Dispatcher.Pending == 0
            && _conversations.Counts.Writes - 2 >= 1);
        await _harness.WaitUntilAsync(() => false, maxSteps: 30); // any confirmation still being written
        await sut.StopAsync(CancellationToken.None);

        var replies = _harness.Api.CallsTo("sendMessage").Count;
        _output.WriteLine($"two private texts ({replies} replies): conversation store {_conversations.Counts.Describe()}; platform state {_state.Counts.Describe()}");
        Assert.StartsWith("LoadTurnAsync 2, MarkDeliveredAsync ", _conversations.Counts.Summary, StringComparison.Ordinal);
        Assert.EndsWith(", SaveTurnAsync 2", _conversations.Counts.Summary, StringComparison.Ordinal);
        Assert.InRange(_conversations.Counts.Writes - 2, 1, replies); // confirmations: at most one per reply, fewer under load
        Assert.Equal("GetAsync telegram:blocked:# 1, GetAsync telegram:migrated:# 1, SetAsync telegram:offset 2", _state.Counts.KeySummary);
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    private IHostedService CreateSut() => _harness.PollingService;
}
