using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;
using CareerBot.Telegram.Sending;
using CareerBot.Telegram.Tests.Support;

namespace CareerBot.Telegram.Tests.Sending;

public sealed class TelegramReplySenderTests : IAsyncDisposable
{
    private readonly AdapterHarness _harness = new();

    [Fact]
    public async Task SendAsync_MarkupSpecials_SentVerbatimWithoutParseMode()
    {
        var sut = CreateSut();
        const string text = "<b>Nurse</b> *_risk_* [x](y) & `code` 😂";

        var outcome = await sut.SendAsync(Some.Entry("1:0", text), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        var call = Assert.Single(_harness.Api.CallsTo("sendMessage"));
        Assert.Equal(text, call.Text);
        Assert.False(call.Body.ContainsKey("parse_mode"));
        Assert.Equal(4242, call.ChatId);
    }

    [Fact]
    public async Task SendAsync_Choices_RenderedAsInlineKeyboard()
    {
        var sut = CreateSut();
        var entry = Some.Entry("1:0", "Pick", choices: [new Choice("Stay", "goal:stay"), new Choice("Go", "goal:go")]);

        await sut.SendAsync(entry, CancellationToken.None);

        var markup = _harness.Api.CallsTo("sendMessage")[0].Body["reply_markup"]!;
        Assert.Equal("goal:stay", markup["inline_keyboard"]![0]![0]!["callback_data"]!.GetValue<string>());
        Assert.Equal("Go", markup["inline_keyboard"]![1]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendAsync_ForumTopic_SendsIntoThread()
    {
        var sut = CreateSut();

        await sut.SendAsync(Some.Entry("1:0", "hi", chatId: -100, thread: 7), CancellationToken.None);

        Assert.Equal(7, _harness.Api.CallsTo("sendMessage")[0].Body["message_thread_id"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("telegram_error_429_retry_after.json", 2)]
    [InlineData("telegram_error_429_no_parameters_2016.json", 3)]
    public async Task SendAsync_TooManyRequests_RetryAfterHandedBackWithoutWaiting(string fixture, int retryAfter)
    {
        var sut = CreateSut();
        _harness.Api.Script("sendMessage", ApiReply.Raw(429, Fixture.Text(fixture)));

        var outcome = await _harness.DriveAsync(sut.SendAsync(Some.Entry("1:0", "hi"), CancellationToken.None));

        Assert.Equal(DeliveryStatus.RetryLater, outcome.Status);
        Assert.Equal(TimeSpan.FromSeconds(retryAfter), outcome.RetryAfter);
        Assert.Single(_harness.Api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task SendAsync_TooManyRequestsInFiveChatsWithinASecond_EveryChatWaits()
    {
        var sut = CreateSut();
        for (var chat = 1; chat <= 5; chat++)
        {
            _harness.Api.Script("sendMessage", ApiReply.Raw(429, Fixture.Text("telegram_error_429_retry_after.json")));
        }

        for (var chat = 1; chat <= 5; chat++)
        {
            await _harness.DriveAsync(sut.SendAsync(Some.Entry($"{chat}:0", "hi", chatId: chat), CancellationToken.None));
        }

        var pausedAt = _harness.Clock.GetUtcNow();

        await _harness.DriveAsync(sut.SendAsync(Some.Entry("9:0", "hi", chatId: 9), CancellationToken.None));

        Assert.True(_harness.Api.CallsTo("sendMessage")[5].At - pausedAt >= TimeSpan.FromSeconds(1.5));
    }

    [Fact]
    public async Task SendAsync_TooManyRequestsInTwoChats_OtherChatsGoOn()
    {
        var sut = CreateSut();
        _harness.Api.Script("sendMessage", ApiReply.Raw(429, Fixture.Text("telegram_error_429_retry_after.json")));
        _harness.Api.Script("sendMessage", ApiReply.Raw(429, Fixture.Text("telegram_error_429_retry_after.json")));
        await _harness.DriveAsync(sut.SendAsync(Some.Entry("1:0", "hi", chatId: 1), CancellationToken.None));
        await _harness.DriveAsync(sut.SendAsync(Some.Entry("2:0", "hi", chatId: 2), CancellationToken.None));
        var after = _harness.Clock.GetUtcNow();

        await _harness.DriveAsync(sut.SendAsync(Some.Entry("3:0", "hi", chatId: 3), CancellationToken.None));

        Assert.True(_harness.Api.CallsTo("sendMessage")[2].At - after < TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task SendAsync_LongRetryAfter_ChatPausedWithoutCalls()
    {
        var sut = CreateSut();
        _harness.Api.Script("sendMessage", ApiReply.Raw(429, Fixture.Text("telegram_error_429_large_retry_after.json")));

        var first = await sut.SendAsync(Some.Entry("1:0", "hi"), CancellationToken.None);
        var second = await sut.SendAsync(Some.Entry("2:0", "again"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.RetryLater, first.Status);
        Assert.Equal(DeliveryStatus.RetryLater, second.Status);
        Assert.Single(_harness.Api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task SendAsync_ServerErrorsThenSuccess_RetriedWithBackOff()
    {
        var sut = CreateSut();
        _harness.Api.Script("sendMessage", ApiReply.Error(502, "Bad Gateway"));
        _harness.Api.Script("sendMessage", ApiReply.Error(500, "Internal Server Error"));

        var outcome = await _harness.DriveAsync(sut.SendAsync(Some.Entry("1:0", "hi"), CancellationToken.None));

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        Assert.Equal(3, _harness.Api.CallsTo("sendMessage").Count);
    }

    [Fact]
    public async Task SendAsync_ServerDown_DeferredAfterMaxAttempts()
    {
        var sut = CreateSut();
        for (var i = 0; i < 10; i++)
        {
            _harness.Api.Script("sendMessage", ApiReply.Error(503, "Service Unavailable"));
        }

        var outcome = await _harness.DriveAsync(sut.SendAsync(Some.Entry("1:0", "hi"), CancellationToken.None));

        Assert.Equal(DeliveryStatus.RetryLater, outcome.Status);
        Assert.Equal(5, _harness.Api.CallsTo("sendMessage").Count);
    }

    [Fact]
    public async Task SendAsync_BlockedByUser_DroppedAndChatSkippedAfterwards()
    {
        var sut = CreateSut();
        _harness.Api.Script("sendMessage", ApiReply.Raw(403, Fixture.Text("telegram_error_403_bot_blocked.json")));

        var first = await sut.SendAsync(Some.Entry("1:0", "hi"), CancellationToken.None);
        var second = await sut.SendAsync(Some.Entry("2:0", "hi again"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Undeliverable, first.Status);
        Assert.Equal(DeliveryStatus.Undeliverable, second.Status);
        Assert.Single(_harness.Api.CallsTo("sendMessage"));
        Assert.True(await _harness.Chats.IsBlockedAsync(4242, CancellationToken.None));
    }

    [Fact]
    public async Task SendAsync_GroupMigrated_ResentToNewChatAndRemembered()
    {
        var sut = CreateSut();
        _harness.Api.Script("sendMessage", ApiReply.Error(400, "Bad Request: group chat was upgraded to a supergroup chat", "{\"migrate_to_chat_id\":-1009}"));

        var outcome = await _harness.DriveAsync(sut.SendAsync(Some.Entry("1:0", "hi", chatId: -9), CancellationToken.None));

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        Assert.Equal([-9L, -1009L], _harness.Api.CallsTo("sendMessage").Select(c => c.ChatId));
        Assert.Equal(-1009, await _harness.Chats.ResolveAsync(-9, CancellationToken.None));
    }

    [Fact]
    public async Task SendAsync_InvitationInAGroupSinceMigrated_LinkNamesTheSupergroup()
    {
        var sut = CreateSut();
        await _harness.Chats.SetMigratedAsync(-9, -1009, CancellationToken.None);

        await sut.SendAsync(Some.Entry("1:0", "Let's talk in private.", chatId: -9, invite: true), CancellationToken.None);

        var call = Assert.Single(_harness.Api.CallsTo("sendMessage"));
        Assert.Equal(-1009, call.ChatId);
        Assert.Equal("https://t.me/CareerTestBot?start=career-g1009-" + Some.Bot.GroupLinks.Sign(-1009), call.Body["reply_markup"]!["inline_keyboard"]![0]![0]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendAsync_OtherBadRequest_Dropped()
    {
        var sut = CreateSut();
        _harness.Api.Script("sendMessage", ApiReply.Error(400, "Bad Request: can't parse entities"));

        var outcome = await sut.SendAsync(Some.Entry("1:0", "hi"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Undeliverable, outcome.Status);
    }

    [Fact]
    public async Task SendAsync_LongText_SplitWithKeyboardOnLastPartOnly()
    {
        var sut = CreateSut();
        var text = string.Join(' ', Enumerable.Repeat("word", 1500));

        var outcome = await _harness.DriveAsync(sut.SendAsync(
            Some.Entry("1:0", text, choices: [new Choice("OK", "ok")]), CancellationToken.None));

        var calls = _harness.Api.CallsTo("sendMessage");
        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        Assert.Equal(2, calls.Count);
        Assert.All(calls, c => Assert.True(c.Text!.Length <= 4096));
        Assert.False(calls[0].Body.ContainsKey("reply_markup"));
        Assert.True(calls[1].Body.ContainsKey("reply_markup"));
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task SendAsync_SplitReplyResentAfterCrash_SkipsPartsAlreadySent()
    {
        var sut = CreateSut();
        var text = string.Join(' ', Enumerable.Repeat("word", 1500));
        await new TelegramChatState(_harness.State).SetPartsSentAsync("1:0", 1, CancellationToken.None);

        await sut.SendAsync(Some.Entry("1:0", text), CancellationToken.None);

        var call = Assert.Single(_harness.Api.CallsTo("sendMessage"));
        Assert.EndsWith("word", call.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_GarbageReplyAddress_DroppedWithoutCall()
    {
        var sut = CreateSut();
        var entry = Some.Entry("1:0", "hi") with { ReplyAddress = "not-an-address" };

        var outcome = await sut.SendAsync(entry, CancellationToken.None);

        Assert.Equal(DeliveryStatus.Undeliverable, outcome.Status);
        Assert.Empty(_harness.Api.CallsTo("sendMessage"));
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    private TelegramReplySender CreateSut() => _harness.Get<TelegramReplySender>();
}
