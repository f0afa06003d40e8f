using CareerBot.Core.Messaging;
using CareerBot.Core.Texts;
using CareerBot.Telegram.Sending;
using CareerBot.Telegram.Tests.Support;

namespace CareerBot.Telegram.Tests.Sending;

public sealed class KeyboardBuilderTests
{
    [Fact]
    public void Build_NoChoicesNoInvite_NoKeyboard()
    {
        var markup = KeyboardBuilder.Build(new OutgoingMessage { Text = "hi" }, Some.Bot, Language.English, PrivateChat);

        Assert.Null(markup);
    }

    [Fact]
    public void Build_Choices_OneCallbackButtonPerRow()
    {
        var message = new OutgoingMessage { Text = "?", Choices = [new Choice("Stay <b>", "goal:stay"), new Choice("Switch", "goal:switch")] };

        var markup = KeyboardBuilder.Build(message, Some.Bot, Language.English, PrivateChat)!;

        var rows = markup.InlineKeyboard.Select(r => r.ToList()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("Stay <b>", rows[0][0].Text);
        Assert.Equal("goal:stay", rows[0][0].CallbackData);
    }

    [Fact]
    public void Build_PayloadOver64Bytes_LeftOutRatherThanRejectedByTelegram()
    {
        var message = new OutgoingMessage { Text = "?", Choices = [new Choice("ok", "a"), new Choice("too long", new string('x', 65))] };

        var markup = KeyboardBuilder.Build(message, Some.Bot, Language.English, PrivateChat)!;

        Assert.Single(markup.InlineKeyboard);
    }

    [Fact]
    public void Build_InvitesPrivateChat_AddsDeepLinkButton()
    {
        var message = new OutgoingMessage { Text = "Let's talk privately", InvitesPrivateChat = true };

        var markup = KeyboardBuilder.Build(message, Some.Bot, Language.Dutch, PrivateChat)!;

        var button = Assert.Single(markup.InlineKeyboard.SelectMany(r => r));
        Assert.Equal("https://t.me/CareerTestBot?start=career", button.Url);
        Assert.Equal(TelegramTexts.ContinuePrivately(Language.Dutch), button.Text);
    }

    [Theory]
    [InlineData(-1001234567890L, "https://t.me/CareerTestBot?start=career-g1001234567890-")]
    [InlineData(-4567L, "https://t.me/CareerTestBot?start=career-g4567-")]
    public void Build_InvitesPrivateChatFromAGroup_TheLinkNamesTheGroupSigned(long groupChatId, string linkBeforeSignature)
    {
        var expected = linkBeforeSignature + Some.Bot.GroupLinks.Sign(groupChatId);
        var message = new OutgoingMessage { Text = "Let's talk privately", InvitesPrivateChat = true };

        var markup = KeyboardBuilder.Build(message, Some.Bot, Language.English, groupChatId)!;

        var button = Assert.Single(markup.InlineKeyboard.SelectMany(r => r));
        Assert.Equal(expected, button.Url);
        Assert.True(button.Url!.Length - button.Url.IndexOf('=', StringComparison.Ordinal) - 1 <= 64);
    }

    private const long PrivateChat = 4242;
}
