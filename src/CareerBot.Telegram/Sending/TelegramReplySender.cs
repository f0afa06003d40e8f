using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;
using CareerBot.Core.Pictures;
using CareerBot.Telegram.Inline;
using CareerBot.Telegram.Routing;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace CareerBot.Telegram.Sending;

/// <summary>
/// The Telegram adapter's outbound half: one stored reply → Bot API calls (paced, split, with its keyboard), and what
/// became of it. A reply with a picture is one sendPhoto with the text as its caption and the keyboard; a text too long
/// for a caption goes after the photo as ordinary messages, the keyboard on the last. No picture drawn (pictures off, no
/// renderer, drawing failed) or a photo Telegram refuses (400): the text alone, as sendMessage.
/// Blocked and migrated chats are followed; a 429 is handed back as "retry after" so only that chat waits.
/// </summary>
/// <remarks>
/// A reply sent as several messages records how many went out (<see cref="TelegramChatState.GetPartsSentAsync"/>),
/// so a retry after a 429 or a restart skips them. The one window left: a crash after Telegram accepted a part and
/// before that was recorded sends that part again (the photo, or a piece of text), never loses one.
/// </remarks>
internal sealed class TelegramReplySender(
    ITelegramBotClient bot,
    OutboundCall calls,
    ChatDirectory chats,
    IPlatformStateStore store,
    DeliveryPictures pictures,
    CardPhotoIds photoIds,
    BotIdentityProvider identity,
    OutboundPacer pacer,
    ILogger<TelegramReplySender> logger) : IReplySender
{
    private readonly TelegramChatState _state = new(store);

    public Platform Platform => Platform.Telegram;

    public bool IsEnabled => true; // registered only when a token is configured

    public async Task<DeliveryOutcome> SendAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (ReplyAddress.TryParse(entry.ReplyAddress) is not { } address)
        {
            return DeliveryOutcome.Undeliverable("unreadable reply address");
        }

        // A bot cannot open a private chat on Telegram, but a person's private chat id is their user id.
        var chatId = await chats.ResolveAsync(entry.Message.InPrivateChat && long.TryParse(entry.Key.UserId, out var user) ? user : address.ChatId, cancellationToken);
        if (await chats.IsBlockedAsync(chatId, cancellationToken))
        {
            return DeliveryOutcome.Undeliverable("the chat blocked the bot");
        }

        if (pacer.PausedFor(chatId) is { } paused)
        {
            return DeliveryOutcome.Retry(paused, "rate limited");
        }

        var message = entry.Message;
        var keyboard = KeyboardBuilder.Build(message, await identity.GetAsync(cancellationToken), address.Language, chatId);
        var withPicture = pictures.Wants(message);
        if (withPicture && PhotoCaption.Fits(message.Text))
        {
            if (pictures.PngFor(message) is { } png)
            {
                var photo = await SendPhotoAsync(chatId, address.ThreadId, png, message.Picture!, PhotoCaption.For(message.Text), keyboard, cancellationToken);
                if (!photo.PhotoRefused)
                {
                    return photo.Outcome;
                }

                chatId = photo.ChatId;
            }

            withPicture = false; // not drawn, or refused: the text alone, as any reply
        }

        return await SendPartsAsync(entry, chatId, address.ThreadId, withPicture, keyboard, cancellationToken);
    }

    /// <summary>The text in pieces, the keyboard on the last; with <paramref name="photoFirst"/> the picture (no caption) goes before them.</summary>
    private async Task<DeliveryOutcome> SendPartsAsync(
        OutboxEntry entry, long chatId, int? threadId, bool photoFirst, InlineKeyboardMarkup? keyboard, CancellationToken cancellationToken)
    {
        var parts = MessageSplitter.Split(entry.Message.Text);
        var skip = photoFirst ? 1 : 0;
        var count = parts.Count + skip;
        var first = count > 1 ? await _state.GetPartsSentAsync(entry.Id, cancellationToken) : 0;
        for (var i = first; i < count; i++)
        {
            var result = i < skip
                ? await SendPhotoPartAsync(entry.Message, chatId, threadId, cancellationToken)
                : await SendTextAsync(chatId, threadId, parts[i - skip], i == count - 1 ? keyboard : null, cancellationToken);
            if (!result.Delivered)
            {
                return result.Outcome;
            }

            chatId = result.ChatId;
            if (count > 1)
            {
                await _state.SetPartsSentAsync(entry.Id, i + 1 < count ? i + 1 : null, cancellationToken);
            }
        }

        return DeliveryOutcome.Delivered;
    }

    /// <summary>The picture ahead of a long text; one not drawn or refused is left out, and the text goes on.</summary>
    private async Task<CallResult> SendPhotoPartAsync(OutgoingMessage message, long chatId, int? threadId, CancellationToken cancellationToken)
    {
        if (pictures.PngFor(message) is not { } png)
        {
            return new CallResult(DeliveryOutcome.Delivered, chatId);
        }

        var result = await SendPhotoAsync(chatId, threadId, png, message.Picture!, caption: null, markup: null, cancellationToken);
        return result.PhotoRefused ? new CallResult(DeliveryOutcome.Delivered, result.ChatId) : result;
    }

    private Task<CallResult> SendTextAsync(long chatId, int? threadId, string text, InlineKeyboardMarkup? markup, CancellationToken cancellationToken) =>
        calls.SendAsync(
            chatId,
            isPhoto: false,
            (chat, token) => bot.SendMessage(
                chatId: chat,
                text: text,
                replyMarkup: markup,
                linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true },
                messageThreadId: threadId,
                cancellationToken: token),
            cancellationToken);

    // Plain text as with sendMessage: no parse mode, so nothing in the caption is read as markup. The photo's file_id
    // is remembered afterwards, outside the send, so that failing to remember it never sends the photo twice.
    private async Task<CallResult> SendPhotoAsync(
        long chatId, int? threadId, byte[] png, ReplyPicture picture, string? caption, InlineKeyboardMarkup? markup, CancellationToken cancellationToken)
    {
        Message? sent = null;
        var result = await calls.SendAsync(
            chatId,
            isPhoto: true,
            async (chat, token) => sent = await bot.SendPhoto(
                chatId: chat,
                photo: InputFile.FromStream(new MemoryStream(png, writable: false), DeliveryPictures.FileNameOf(picture)),
                caption: caption,
                replyMarkup: markup,
                messageThreadId: threadId,
                cancellationToken: token),
            cancellationToken);
        if (result.Delivered && sent?.Photo is { } sizes)
        {
            try
            {
                await photoIds.RememberAsync(picture, sizes, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                Log.PhotoIdNotKept(logger, ex);
            }
        }

        return result;
    }
}
