using System.Globalization;
using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging;
using CareerBot.Core.Messaging.Delivery;
using CareerBot.Core.Texts;
using CareerBot.Telegram.Routing;

namespace CareerBot.Telegram.Sending;

/// <summary>Posts weekly prompts in a group through the same paced sender as replies (the scheduler keeps its own retries).</summary>
internal sealed class TelegramChannelPoster(TelegramReplySender sender, TimeProvider time) : IChannelPoster
{
    public Platform Platform => Platform.Telegram;

    public bool IsEnabled => sender.IsEnabled;

    public async Task<PostOutcome> PostAsync(ChannelPost post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        if (!long.TryParse(post.Channel.ChannelId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId))
        {
            return PostOutcome.CannotPost;
        }

        var entry = new OutboxEntry
        {
            Id = "weekly:" + post.PostId,
            Key = new ConversationKey(Platform.Telegram, post.Channel.ChannelId),
            ReplyAddress = new ReplyAddress(chatId, null, Language.English).Format(),
            InReplyTo = post.PostId,
            Message = post.Message,
            CreatedAt = time.GetUtcNow(),
        };
        return (await sender.SendAsync(entry, cancellationToken)).Status switch
        {
            DeliveryStatus.Delivered => PostOutcome.Posted,
            DeliveryStatus.Undeliverable => PostOutcome.CannotPost,
            _ => PostOutcome.RetryLater,
        };
    }
}
