using CareerBot.Core.Conversations;
using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;
using CareerBot.Core.Pictures;
using CareerBot.Telegram.Sending;
using CareerBot.Telegram.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace CareerBot.Telegram.Tests.Sending;

/// <summary>Replies with a risk card picture: sendPhoto with the caption and keyboard, and every way back to the text alone.</summary>
public sealed class TelegramReplySenderPictureTests : IAsyncDisposable
{
    private const string Card = "Registered Nurses: automation risk low (0.9%, Frey & Osborne 2013).";
    private readonly Mock<IPictureRenderer> _renderer = new();
    private AdapterHarness? _harness;

    public TelegramReplySenderPictureTests() => _renderer.Setup(r => r.RenderPng(It.IsAny<RiskCardPicture>())).Returns(Some.Png);

    private AdapterHarness Harness => _harness ??= new AdapterHarness(replace: services => services.AddSingleton(_renderer.Object));

    [Fact]
    public async Task SendAsync_ReplyWithPicture_RendersOnceAndSendsOnePhotoWithCaptionAndKeyboard()
    {
        var sut = CreateSut();

        var outcome = await sut.SendAsync(Some.PictureEntry("1:0", Card, [new Choice("More", "risk:more")]), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        _renderer.Verify(r => r.RenderPng(It.Is<RiskCardPicture>(p => p.FileName == "risk-card-29-1141.png")), Times.Once);
        Assert.Empty(Harness.Api.CallsTo("sendMessage"));
        var call = Assert.Single(Harness.Api.CallsTo("sendPhoto"));
        Assert.Equal("multipart/form-data", call.ContentType);
        Assert.Equal(4242, call.ChatId);
        Assert.Equal(Card, call.Caption);
        Assert.False(call.Body.ContainsKey("parse_mode"));
        Assert.Equal("risk:more", call.Body["reply_markup"]!["inline_keyboard"]![0]![0]!["callback_data"]!.GetValue<string>());
        var photo = Assert.Single(call.Files);
        Assert.Equal("attach://" + photo.Name, call.Body["photo"]!.GetValue<string>()); // Telegram.Bot names the file part and points at it
        Assert.Equal("risk-card-29-1141.png", photo.FileName);
        Assert.Equal(Some.Png, photo.Bytes);
        Assert.True(photo.IsPng);
    }

    [Fact]
    public async Task SendAsync_OneJobCardPhotoAccepted_ItsFileIdKeptForInlineAnswers()
    {
        var sut = CreateSut();

        await sut.SendAsync(Some.PictureEntry("1:0", Card, []), CancellationToken.None);

        var photoId = await Harness.Get<CareerBot.Telegram.Inline.CardPhotoIds>().FindAsync(Some.Picture(), CancellationToken.None);
        Assert.NotNull(photoId);
        Assert.StartsWith("p", photoId, StringComparison.Ordinal); // the fake Bot API's file_id of that photo
    }

    [Fact]
    public async Task SendAsync_ForumTopic_PhotoGoesIntoTheThread()
    {
        var sut = CreateSut();
        var entry = Some.Entry("1:0", Card, chatId: -100, thread: 7);

        await sut.SendAsync(entry with { Message = entry.Message with { Picture = Some.Picture() } }, CancellationToken.None);

        Assert.Equal(7, Assert.Single(Harness.Api.CallsTo("sendPhoto")).Body["message_thread_id"]!.GetValue<int>());
    }

    [Fact]
    public async Task SendAsync_TextLongerThanACaption_PhotoWithoutCaptionThenTheTextWithTheKeyboard()
    {
        var sut = CreateSut();
        var text = string.Join(' ', Enumerable.Repeat("figure", 200)); // 1,399 characters

        var outcome = await Harness.DriveAsync(sut.SendAsync(Some.PictureEntry("1:0", text, [new Choice("More", "risk:more")]), CancellationToken.None));

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        var photo = Assert.Single(Harness.Api.CallsTo("sendPhoto"));
        var message = Assert.Single(Harness.Api.CallsTo("sendMessage"));
        Assert.Null(photo.Caption);
        Assert.False(photo.Body.ContainsKey("reply_markup"));
        Assert.Equal(text, message.Text);
        Assert.True(message.Body.ContainsKey("reply_markup"));
        Assert.True(message.At > photo.At);
        Assert.Null(await new TelegramChatState(Harness.State).GetAsync("sent:1:0", CancellationToken.None));
    }

    [Fact]
    public async Task SendAsync_CaptionOfExactlyTheLimit_StillOnePhoto()
    {
        var sut = CreateSut();
        var text = new string('x', PhotoCaption.MaxLength);

        await sut.SendAsync(Some.PictureEntry("1:0", text), CancellationToken.None);

        Assert.Equal(text, Assert.Single(Harness.Api.CallsTo("sendPhoto")).Caption);
        Assert.Empty(Harness.Api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task SendAsync_LongTextResentAfterACrashBetweenPhotoAndText_SendsOnlyTheText()
    {
        var sut = CreateSut();
        var text = string.Join(' ', Enumerable.Repeat("figure", 200));
        await new TelegramChatState(Harness.State).SetPartsSentAsync("1:0", 1, CancellationToken.None);

        var outcome = await sut.SendAsync(Some.PictureEntry("1:0", text), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        Assert.Empty(Harness.Api.CallsTo("sendPhoto"));
        Assert.Equal(text, Assert.Single(Harness.Api.CallsTo("sendMessage")).Text);
        _renderer.Verify(r => r.RenderPng(It.IsAny<RiskCardPicture>()), Times.Never);
    }

    [Fact]
    public async Task SendAsync_LongTextAndTheTextRateLimited_RetrySkipsThePhotoAlreadySent()
    {
        var sut = CreateSut();
        var text = string.Join(' ', Enumerable.Repeat("figure", 200));
        Harness.Api.Script("sendMessage", ApiReply.Raw(429, Fixture.Text("telegram_error_429_retry_after.json")));

        var first = await Harness.DriveAsync(sut.SendAsync(Some.PictureEntry("1:0", text), CancellationToken.None));
        Harness.Clock.Advance(first.RetryAfter);
        var second = await Harness.DriveAsync(sut.SendAsync(Some.PictureEntry("1:0", text), CancellationToken.None));

        Assert.Equal(DeliveryStatus.RetryLater, first.Status);
        Assert.Equal(DeliveryOutcome.Delivered, second);
        Assert.Single(Harness.Api.CallsTo("sendPhoto"));
        Assert.Equal(2, Harness.Api.CallsTo("sendMessage").Count);
    }

    [Fact]
    public async Task SendAsync_RendererThrows_SendsTheTextAloneWithItsKeyboardAndLogsOnce()
    {
        _renderer.Setup(r => r.RenderPng(It.IsAny<RiskCardPicture>())).Throws(new InvalidOperationException("no font"));
        var sut = CreateSut();

        var first = await Harness.DriveAsync(sut.SendAsync(Some.PictureEntry("1:0", Card, [new Choice("More", "risk:more")]), CancellationToken.None));
        var second = await Harness.DriveAsync(sut.SendAsync(Some.PictureEntry("2:0", Card), CancellationToken.None));

        Assert.Equal((DeliveryOutcome.Delivered, DeliveryOutcome.Delivered), (first, second));
        Assert.Empty(Harness.Api.CallsTo("sendPhoto"));
        var texts = Harness.Api.CallsTo("sendMessage");
        Assert.Equal([Card, Card], texts.Select(c => c.Text));
        Assert.True(texts[0].Body.ContainsKey("reply_markup"));
        Assert.Single(Harness.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("[4050]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_PicturesTurnedOff_NeverRendersAndSendsTheText()
    {
        _harness = new AdapterHarness(replace: services =>
        {
            services.AddSingleton(_renderer.Object);
            services.AddSingleton(new DialogueSettings { Pictures = false });
        });
        var sut = CreateSut();

        await sut.SendAsync(Some.PictureEntry("1:0", Card), CancellationToken.None);

        _renderer.Verify(r => r.RenderPng(It.IsAny<RiskCardPicture>()), Times.Never);
        Assert.Equal(Card, Assert.Single(Harness.Api.CallsTo("sendMessage")).Text);
        Assert.Empty(Harness.Api.CallsTo("sendPhoto"));
    }

    [Fact]
    public async Task SendAsync_NoRendererRegistered_SendsTheText()
    {
        _harness = new AdapterHarness();
        var sut = CreateSut();

        var outcome = await sut.SendAsync(Some.PictureEntry("1:0", Card), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        Assert.Equal(Card, Assert.Single(Harness.Api.CallsTo("sendMessage")).Text);
    }

    [Fact]
    public async Task SendAsync_PhotoTooManyRequests_RetryAfterHandedBackAndNoTextSent()
    {
        var sut = CreateSut();
        Harness.Api.Script("sendPhoto", ApiReply.Raw(429, Fixture.Text("telegram_error_429_retry_after.json")));

        var outcome = await Harness.DriveAsync(sut.SendAsync(Some.PictureEntry("1:0", Card), CancellationToken.None));

        Assert.Equal(DeliveryStatus.RetryLater, outcome.Status);
        Assert.Equal(TimeSpan.FromSeconds(2), outcome.RetryAfter);
        Assert.Single(Harness.Api.CallsTo("sendPhoto"));
        Assert.Empty(Harness.Api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task SendAsync_PhotoServerErrorThenSuccess_ResentWithTheWholePicture()
    {
        var sut = CreateSut();
        Harness.Api.Script("sendPhoto", ApiReply.Error(502, "Bad Gateway"));

        var outcome = await Harness.DriveAsync(sut.SendAsync(Some.PictureEntry("1:0", Card), CancellationToken.None));

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        var calls = Harness.Api.CallsTo("sendPhoto");
        Assert.Equal(2, calls.Count);
        Assert.All(calls, c => Assert.Equal(Some.Png, Assert.Single(c.Files).Bytes));
        _renderer.Verify(r => r.RenderPng(It.IsAny<RiskCardPicture>()), Times.Once);
    }

    [Fact]
    public async Task SendAsync_PhotoBlockedByUser_UndeliverableWithoutTheText()
    {
        var sut = CreateSut();
        Harness.Api.Script("sendPhoto", ApiReply.Raw(403, Fixture.Text("telegram_error_403_bot_blocked.json")));

        var outcome = await sut.SendAsync(Some.PictureEntry("1:0", Card), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Undeliverable, outcome.Status);
        Assert.Empty(Harness.Api.CallsTo("sendMessage"));
        Assert.True(await Harness.Chats.IsBlockedAsync(4242, CancellationToken.None));
    }

    [Fact]
    public async Task SendAsync_PhotoRefused_SendsTheTextAloneWithItsKeyboard()
    {
        var sut = CreateSut();
        Harness.Api.Script("sendPhoto", ApiReply.Error(400, "Bad Request: not enough rights to send photos to the chat"));

        var outcome = await Harness.DriveAsync(sut.SendAsync(Some.PictureEntry("1:0", Card, [new Choice("More", "risk:more")], chatId: -500), CancellationToken.None));

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        var text = Assert.Single(Harness.Api.CallsTo("sendMessage"));
        Assert.Equal(Card, text.Text);
        Assert.True(text.Body.ContainsKey("reply_markup"));
        Assert.False(await Harness.Chats.IsBlockedAsync(-500, CancellationToken.None));
    }

    [Fact]
    public async Task SendAsync_PhotoToAMigratedGroup_ResentToTheNewChat()
    {
        var sut = CreateSut();
        Harness.Api.Script("sendPhoto", ApiReply.Error(400, "Bad Request: group chat was upgraded to a supergroup chat", "{\"migrate_to_chat_id\":-1009}"));

        var outcome = await Harness.DriveAsync(sut.SendAsync(Some.PictureEntry("1:0", Card, chatId: -9), CancellationToken.None));

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        Assert.Equal([-9L, -1009L], Harness.Api.CallsTo("sendPhoto").Select(c => c.ChatId));
        Assert.Empty(Harness.Api.CallsTo("sendMessage"));
    }

    public async ValueTask DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }
    }

    private TelegramReplySender CreateSut() => Harness.Get<TelegramReplySender>();
}
