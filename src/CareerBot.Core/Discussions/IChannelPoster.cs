using CareerBot.Core.Messaging;

namespace CareerBot.Core.Discussions;

/// <summary>An adapter's way to post in a group or channel, through its paced outbound path.</summary>
public interface IChannelPoster
{
    Platform Platform { get; }

    Task<PostOutcome> PostAsync(ChannelPost post, CancellationToken cancellationToken);
}
