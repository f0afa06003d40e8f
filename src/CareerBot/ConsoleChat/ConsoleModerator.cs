using CareerBot.Discussions;

namespace CareerBot.ConsoleChat;

/// <summary>chat --moderator: runs the weekly-prompt scheduler after each line, printing posts into the console "channel".</summary>
internal sealed class ConsoleModerator(WeeklyPromptScheduler scheduler, ConsoleChannelPoster channel)
{
    public async Task PostDueAsync(TextWriter output, CancellationToken cancellationToken)
    {
        channel.Output = output;
        await scheduler.RunOnceAsync(cancellationToken);
    }
}
