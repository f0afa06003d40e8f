using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging;
using CareerBot.Telegram.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Telegram.Tests.Discussions;

public sealed class TelegramChannelPosterTests : IAsyncDisposable
{
    private readonly AdapterHarness _harness = new();

    [Fact]
    public async Task PostAsync_Group_SendsThePromptTextVerbatimToTheGroup()
    {
        var sut = CreateSut();

        var outcome = await sut.PostAsync(Post("-1001234567890", "💬 <b>What</b> *would* you [do]?"), CancellationToken.None);

        Assert.Equal(PostOutcome.Posted, outcome);
        var call = Assert.Single(_harness.Api.CallsTo("sendMessage"));
        Assert.Equal(-1001234567890, call.ChatId);
        Assert.Equal("💬 <b>What</b> *would* you [do]?", call.Text);
        Assert.False(call.Body.ContainsKey("parse_mode"));
    }

    [Fact]
    public async Task PostAsync_BotRemovedOrBlocked_CannotPost()
    {
        var sut = CreateSut();
        _harness.Api.Script("sendMessage", ApiReply.Raw(403, Fixture.Text("telegram_error_403_bot_blocked.json")));

        var outcome = await sut.PostAsync(Post("-100"), CancellationToken.None);

        Assert.Equal(PostOutcome.CannotPost, outcome);
    }

    [Fact]
    public async Task PostAsync_FloodWait_RetryLaterWithoutSending()
    {
        var sut = CreateSut();
        _harness.Api.Script("sendMessage", ApiReply.Raw(429, Fixture.Text("telegram_error_429_large_retry_after.json")));

        var outcome = await _harness.DriveAsync(sut.PostAsync(Post("-100"), CancellationToken.None));

        Assert.Equal(PostOutcome.RetryLater, outcome);
    }

    [Fact]
    public async Task PostAsync_ChannelIdThatIsNoChat_CannotPostWithoutCallingTelegram()
    {
        var sut = CreateSut();

        var outcome = await sut.PostAsync(Post("not-a-chat"), CancellationToken.None);

        Assert.Equal(PostOutcome.CannotPost, outcome);
        Assert.Empty(_harness.Api.CallsTo("sendMessage"));
    }

    [Fact]
    public void AddTelegramAdapter_RegistersThePosterForTelegram()
    {
        Assert.Contains(_harness.Services.GetServices<IChannelPoster>(), p => p.Platform == Platform.Telegram);
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    private IChannelPoster CreateSut() => _harness.Services.GetServices<IChannelPoster>().Single(p => p.Platform == Platform.Telegram);

    private static ChannelPost Post(string chat, string text = "A prompt") =>
        new(new ChannelKey(Platform.Telegram, chat), "wp00112233445566778899", new OutgoingMessage { Text = text });
}
