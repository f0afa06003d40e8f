using System.Globalization;
using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging;
using CareerBot.Core.Texts;
using CareerBot.Telegram.Routing;

namespace CareerBot.Telegram.Sending;

/// <summary>Posts weekly prompts in a group through the same paced, retrying path as replies.</summary>
internal sealed class TelegramChannelPoster(TelegramReplySender sender, IPlatformStateStore store, TimeProvider time) : IChannelPoster
{
    public Platform Platform => Platform.Telegram;

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
        return await sender.DeliverAsync(entry, new TelegramChatState(store), cancellationToken) switch
        {
            DeliveryOutcome.Delivered => PostOutcome.Posted,
            DeliveryOutcome.Dropped => PostOutcome.CannotPost,
            _ => PostOutcome.RetryLater,
        };
    }
}
