using CareerBot.Core.Discussions;
using CareerBot.Core.Messaging;

namespace CareerBot.Core.Tests.Support;

/// <summary>A platform that records what was posted, when, and answers with a scripted outcome.</summary>
internal sealed class RecordingChannelPoster(Platform platform, TimeProvider clock) : IChannelPoster
{
    public Platform Platform => platform;

    public bool IsEnabled { get; set; } = true;

    public List<(DateTimeOffset At, ChannelPost Post)> Posts { get; } = [];

    /// <summary>Outcomes to give, in order; after they run out every post succeeds.</summary>
    public Queue<PostOutcome> Outcomes { get; } = new();

    /// <summary>Throws on the next post after recording it, as if the process died right after the platform took it.</summary>
    public bool CrashAfterNextPost { get; set; }

    /// <summary>Runs before anything is recorded (e.g. to simulate the process dying before the platform got the post).</summary>
    public Action<CancellationToken>? BeforePost { get; set; }

    public Task<PostOutcome> PostAsync(ChannelPost post, CancellationToken cancellationToken)
    {
        BeforePost?.Invoke(cancellationToken);
        var outcome = Outcomes.Count > 0 ? Outcomes.Dequeue() : PostOutcome.Posted;
        if (outcome == PostOutcome.Posted)
        {
            Posts.Add((clock.GetUtcNow(), post));
        }

        if (CrashAfterNextPost)
        {
            CrashAfterNextPost = false;
            throw new OperationCanceledException("simulated crash", cancellationToken);
        }

        return Task.FromResult(outcome);
    }

    public IEnumerable<string> PromptIdsIn(string channelId, PromptCatalog catalog) =>
        Posts.Where(p => p.Post.Channel.ChannelId == channelId)
            .Select(p => catalog.All.First(prompt => prompt.Texts.Values.Any(text => p.Post.Message.Text.Contains(text, StringComparison.Ordinal))).Id);
}
