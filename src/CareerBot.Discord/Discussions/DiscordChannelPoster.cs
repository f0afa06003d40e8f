using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging;
using CareerBot.Discord.Delivery;
using CareerBot.Discord.Health;
using CareerBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Discussions;

/// <summary>
/// Posts weekly prompts in a server channel through the rate-limited REST client. A nonce made from the post id is
/// enforced, so a post retried after a crash that happened just after Discord took it is not shown twice.
/// </summary>
internal sealed class DiscordChannelPoster(DiscordRestClient rest, DiscordGatewayStatus status, IOptions<DiscordOptions> options, ILogger<DiscordChannelPoster> logger) : IChannelPoster
{
    public Platform Platform => Platform.Discord;

    public bool IsEnabled => options.Value.IsEnabled && status.StoppedReason is null;

    public async Task<PostOutcome> PostAsync(ChannelPost post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        // A stopped adapter (Discord refused the token or intents) would be refused every post: that says nothing about
        // the channel, so its schedule is not paused; the posts stay due until the bot runs again.
        if (!options.Value.IsEnabled || status.StoppedReason is not null)
        {
            return PostOutcome.RetryLater;
        }

        var parts = MessageRenderer.Render(post.Message);
        for (var i = 0; i < parts.Count; i++)
        {
            var nonce = DeliveryNonce.For("weekly:" + post.PostId, i);
            var result = await rest.CreateMessageAsync(post.Channel.ChannelId, parts[i] with { Nonce = nonce, EnforceNonce = true }, cancellationToken);
            if (result.Error is not { } error)
            {
                continue;
            }

            if (error.IsPermanent)
            {
                Log.ChannelPostRefused(logger, post.Channel.ChannelId, error.HttpStatus, error.Code);
                return PostOutcome.CannotPost;
            }

            Log.ChannelPostDeferred(logger, post.Channel.ChannelId, error.HttpStatus);
            return PostOutcome.RetryLater;
        }

        return PostOutcome.Posted;
    }
}
