using CareerBot.Core.Discussions;
using Microsoft.Extensions.Logging;

namespace CareerBot;

/// <summary>Source-generated log messages of the host. Event ids 6000–6099: weekly discussion prompts.</summary>
internal static partial class Log
{
    [LoggerMessage(6000, LogLevel.Information, "Weekly prompt {PromptId} posted in {Channel} (slot {Slot:u})")]
    public static partial void PromptPosted(ILogger logger, ChannelKey channel, string? promptId, DateTimeOffset slot);

    [LoggerMessage(6001, LogLevel.Warning, "Weekly prompt for {Channel} could not be posted now; it stays due and is tried again")]
    public static partial void PromptDeferred(ILogger logger, ChannelKey channel);

    [LoggerMessage(6002, LogLevel.Warning, "The bot can no longer post in {Channel}; its weekly prompts are paused until a moderator resumes them")]
    public static partial void PromptChannelGone(ILogger logger, ChannelKey channel);

    [LoggerMessage(6003, LogLevel.Warning, "Weekly slot {Slot:u} in {Channel} was missed by more than the grace window and is skipped ({Older} older slots passed over)")]
    public static partial void PromptSlotMissed(ILogger logger, ChannelKey channel, DateTimeOffset slot, int older);

    [LoggerMessage(6004, LogLevel.Information, "Weekly slot {Slot:u} in {Channel} skipped, as a moderator asked")]
    public static partial void PromptSlotSkipped(ILogger logger, ChannelKey channel, DateTimeOffset slot);

    [LoggerMessage(6005, LogLevel.Warning, "No adapter for {Channel} is running; its weekly prompt stays due")]
    public static partial void PromptNoPoster(ILogger logger, ChannelKey channel);

    [LoggerMessage(6006, LogLevel.Error, "The weekly prompt scheduler failed; it tries again shortly")]
    public static partial void PromptSchedulerFailed(ILogger logger, Exception exception);

    [LoggerMessage(6007, LogLevel.Information, "Weekly prompts ready: {PromptCount} prompts, {ChannelCount} scheduled channels")]
    public static partial void PromptSchedulerStarted(ILogger logger, int promptCount, int channelCount);
}
