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
        var markup = KeyboardBuilder.Build(new OutgoingMessage { Text = "hi" }, Some.Bot, Language.English);

        Assert.Null(markup);
    }

    [Fact]
    public void Build_Choices_OneCallbackButtonPerRow()
    {
        var message = new OutgoingMessage { Text = "?", Choices = [new Choice("Stay <b>", "goal:stay"), new Choice("Switch", "goal:switch")] };

        var markup = KeyboardBuilder.Build(message, Some.Bot, Language.English)!;

        var rows = markup.InlineKeyboard.Select(r => r.ToList()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("Stay <b>", rows[0][0].Text);
        Assert.Equal("goal:stay", rows[0][0].CallbackData);
    }

    [Fact]
    public void Build_PayloadOver64Bytes_LeftOutRatherThanRejectedByTelegram()
    {
        var message = new OutgoingMessage { Text = "?", Choices = [new Choice("ok", "a"), new Choice("too long", new string('x', 65))] };

        var markup = KeyboardBuilder.Build(message, Some.Bot, Language.English)!;

        Assert.Single(markup.InlineKeyboard);
    }

    [Fact]
    public void Build_InvitesPrivateChat_AddsDeepLinkButton()
    {
        var message = new OutgoingMessage { Text = "Let's talk privately", InvitesPrivateChat = true };

        var markup = KeyboardBuilder.Build(message, Some.Bot, Language.Dutch)!;

        var button = Assert.Single(markup.InlineKeyboard.SelectMany(r => r));
        Assert.Equal("https://t.me/CareerTestBot?start=career", button.Url);
        Assert.Equal(TelegramTexts.ContinuePrivately(Language.Dutch), button.Text);
    }
}
