using CareerBot.Telegram.Sending;
using CareerBot.Telegram.Tests.Support;

namespace CareerBot.Telegram.Tests.Sending;

public sealed class ReplyDeliveryTests : IAsyncDisposable
{
    private readonly AdapterHarness _harness = new();

    [Fact]
    public async Task DeliverAsync_Sent_ConfirmedOnce()
    {
        var sut = CreateSut();
        var entry = Some.Entry("1:0", "hi");

        await sut.DeliverAsync([entry], _harness.Processor, _harness.ChatState, CancellationToken.None);

        Assert.Equal([entry], _harness.Processor.Confirmed);
    }

    [Fact]
    public async Task DeliverAsync_SameEntryTwice_SentOnlyOnce()
    {
        var sut = CreateSut();
        var entry = Some.Entry("1:0", "hi");

        await sut.DeliverAsync([entry], _harness.Processor, _harness.ChatState, CancellationToken.None);
        await sut.DeliverAsync([entry], _harness.Processor, _harness.ChatState, CancellationToken.None);

        Assert.Single(_harness.Api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task DeliverAsync_FirstDeferred_LaterRepliesOfThatChatWaitOthersGo()
    {
        var sut = CreateSut();
        _harness.Api.Script("sendMessage", ApiReply.Raw(429, Fixture.Text("telegram_error_429_large_retry_after.json")));
        var first = Some.Entry("1:0", "one");
        var second = Some.Entry("1:1", "two");
        var elsewhere = Some.Entry("2:0", "other chat", chatId: 777);

        await _harness.DriveAsync(sut.DeliverAsync([first, second, elsewhere], _harness.Processor, _harness.ChatState, CancellationToken.None));

        Assert.Equal([elsewhere], _harness.Processor.Confirmed);
        Assert.Equal(["one", "other chat"], _harness.Api.CallsTo("sendMessage").Select(c => c.Text));
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    private ReplyDelivery CreateSut() => _harness.Get<ReplyDelivery>();
}
