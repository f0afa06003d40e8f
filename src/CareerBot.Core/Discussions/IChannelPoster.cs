using CareerBot.Core.Messaging;

namespace CareerBot.Core.Discussions;

/// <summary>An adapter's way to post in a group or channel, through its paced outbound path.</summary>
public interface IChannelPoster
{
    Platform Platform { get; }

    /// <summary>
    /// False when this process cannot post on the platform now (not configured, or its adapter stopped): the scheduler
    /// leaves that platform's channels alone, for a process that can (their posts stay due; nothing counts as an attempt).
    /// </summary>
    bool IsEnabled { get; }

    Task<PostOutcome> PostAsync(ChannelPost post, CancellationToken cancellationToken);
}
