using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
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
            settings => settings["Telegram:PendingRedeliverySeconds"] = "3600", // no redelivery pass in the middle of the count
            services =>
            {
                services.AddSingleton<IConversationStore>(_conversations);
                services.AddSingleton<IPlatformStateStore>(_state);
                services.AddSingleton<ITurnProcessor>(sp => RealTurnProcessor.Create(sp.GetRequiredService<IConversationStore>(), sp.GetRequiredService<TimeProvider>()));
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
        await sut.StopAsync(CancellationToken.None);

        var replies = _harness.Api.CallsTo("sendMessage").Count;
        _output.WriteLine($"startup:\n{startup}");
        _output.WriteLine($"one private text ({replies} replies sent):");
        _output.WriteLine($"conversation store {_conversations.Counts.Describe()}");
        _output.WriteLine($"platform state {_state.Counts.Describe()}");
        _output.WriteLine($"both: reads {_conversations.Counts.Reads + _state.Counts.Reads}, writes {_conversations.Counts.Writes + _state.Counts.Writes}");
        Assert.True(polledAgain);
        Assert.Equal("892252935", _stateValues.Values["telegram:offset"]);

        // The figures of the path this test was written against (main at a8acee2, one update, one reply):
        //   conversation store: IsHandledAsync 1, FindAsync 1 (reads 2); SaveTurnAsync 1, MarkDeliveredAsync 1 per reply (writes 2)
        //   platform state: GetAsync telegram:migrated:#, GetAsync telegram:blocked:# per reply (reads 2);
        //                   SetAsync telegram:blocked:# (remove) per direct message, SetAsync telegram:offset per batch (writes 2)
        //   both: 4 reads, 4 writes for one message with one reply.
        // A new path changes these numbers here, saying why (STYLE.md 21).
        Assert.Equal(1, replies);
        Assert.Equal("FindAsync 1, IsHandledAsync 1, MarkDeliveredAsync 1, SaveTurnAsync 1", _conversations.Counts.Summary);
        Assert.Equal((2, 2), (_conversations.Counts.Reads, _conversations.Counts.Writes));
        Assert.Equal("GetAsync 2, SetAsync 2", _state.Counts.Summary);
        Assert.Equal(
            "GetAsync telegram:blocked:# 1, GetAsync telegram:migrated:# 1, SetAsync telegram:blocked:# (remove) 1, SetAsync telegram:offset 1",
            _state.Counts.KeySummary);
        Assert.Equal((2, 2), (_state.Counts.Reads, _state.Counts.Writes));
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    private IHostedService CreateSut() => Assert.Single(_harness.Services.GetServices<IHostedService>());
}
