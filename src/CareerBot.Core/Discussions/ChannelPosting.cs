using CareerBot.Core.Communities;
using CareerBot.Core.Texts;
using Microsoft.Extensions.Logging;

namespace CareerBot.Core.Discussions;

/// <summary>The scheduler's steps for one channel: record a due post, skip or miss a slot, send a pending post.</summary>
internal sealed partial class ChannelPosting(
    PromptCatalog catalog, IEnumerable<IChannelPoster> posters, DiscussionSettings settings, TextCatalog texts, Random random, ILogger logger, PulseReader? pulses = null)
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromHours(1);

    /// <summary>The pulse reader the weekly line uses, shared with /weekly pulse so both serve the same day's pulse; null without interviews.</summary>
    public PulseReader? Pulses => pulses;

    public DiscussionChannel Advance(DiscussionChannel channel, DueDecision decision, List<DueEvent> events)
    {
        switch (decision.Kind)
        {
            case DueKind.DropPending:
                events.Add(new DueEvent(channel.Key, DueEventKind.Missed, channel.Pending?.PromptId, decision.At));
                return channel with { Pending = null };
            case DueKind.SkipSlot:
                events.Add(new DueEvent(channel.Key, DueEventKind.Skipped, null, decision.At, decision.Missed));
                return channel with { SkipNext = false, LastSlot = decision.At };
            case DueKind.MissSlot:
                events.Add(new DueEvent(channel.Key, DueEventKind.Missed, null, decision.At, decision.Missed));
                return channel with { LastSlot = decision.At };
            case DueKind.PostSlot:
                if (decision.Missed > 0)
                {
                    events.Add(new DueEvent(channel.Key, DueEventKind.Missed, null, decision.At, decision.Missed));
                }

                var (prompt, next) = PromptRotation.Take(channel, catalog, random);
                var pending = new PendingPost { PostId = PostIds.New(random), PromptId = prompt.Id, DueAt = decision.At };
                return next with { LastSlot = decision.At, Pending = pending };
            default:
                throw new ArgumentOutOfRangeException(nameof(decision), decision.Kind, "Not a step that changes the channel.");
        }
    }

    public async Task<DiscussionChannel> SendAsync(DiscussionChannel channel, DateTimeOffset now, List<DueEvent> events, CancellationToken cancellationToken)
    {
        var pending = channel.Pending!;
        if (catalog.Find(pending.PromptId) is not { } prompt)
        {
            // The prompt was removed from prompts/ while its post waited: use the next one instead.
            (prompt, channel) = PromptRotation.Take(channel, catalog, random);
            pending = pending with { PromptId = prompt.Id };
        }

        var outcome = await PostAsync(channel, pending, prompt, now, cancellationToken);
        events.Add(new DueEvent(channel.Key, outcome, prompt.Id, pending.DueAt));
        return outcome switch
        {
            DueEventKind.Posted => channel with { Pending = null, LastPostedAt = now, LastPromptId = prompt.Id },
            DueEventKind.CannotPost => channel with
            {
                Pending = null,
                Paused = PauseReason.CannotPost,
                CannotPostSince = now,
                NoticePending = true,
            },
            _ => channel with { Pending = pending with { Attempts = pending.Attempts + 1, RetryAt = now + RetryDelay(pending.Attempts) } },
        };
    }

    private async Task<DueEventKind> PostAsync(DiscussionChannel channel, PendingPost pending, DiscussionPrompt prompt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (posters.FirstOrDefault(p => p.Platform == channel.Key.Platform && p.IsEnabled) is not { } poster)
        {
            return DueEventKind.NoPoster;
        }

        var message = PromptPost.Render(prompt, channel.Language, texts);
        if (await PulseLineAsync(channel, now, cancellationToken) is { } line)
        {
            message = message with { Text = message.Text + "\n\n" + line };
        }

        var post = new ChannelPost(channel.Key, pending.PostId, message);
        try
        {
            return await poster.PostAsync(post, cancellationToken) switch
            {
                PostOutcome.Posted => DueEventKind.Posted,
                PostOutcome.CannotPost => DueEventKind.CannotPost,
                _ => DueEventKind.RetryLater,
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // An adapter that throws instead of answering: the post stays due and is tried again later.
            return DueEventKind.RetryLater;
        }
    }

    /// <summary>The pulse's line when a moderator turned it on and 5 or more people are counted; a store that fails leaves the prompt without it.</summary>
    private async Task<string?> PulseLineAsync(DiscussionChannel channel, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (pulses is null || channel.PulseCommunity is not { Length: > 0 } community)
        {
            return null;
        }

        try
        {
            var pulse = await pulses.CountAsync(new CommunityKey(channel.Key.Platform, community), now, cancellationToken);
            return new PulseWording(texts, channel.Language).Line(pulse);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogPulseLineFailed(logger, channel.Key.Platform, ex);
            return null;
        }
    }

    [LoggerMessage(EventId = 4060, Level = LogLevel.Warning, Message = "Counting the community pulse for a {Platform} weekly prompt failed; the prompt goes without its pulse line")]
    private static partial void LogPulseLineFailed(ILogger logger, CareerBot.Core.Messaging.Platform platform, Exception exception);

    private TimeSpan RetryDelay(int attempts)
    {
        var delay = settings.RetryDelay * Math.Pow(2, Math.Min(attempts, 10));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}
