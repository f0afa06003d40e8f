using Microsoft.Extensions.Logging;

namespace CareerBot.Storage.LiteDb;

/// <summary>Event ids 2200–2299: weekly discussion channels.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2200, Level = LogLevel.Error, Message = "Stored weekly-prompt state of a {Platform} channel could not be read; it is ignored until a moderator sets it again")]
    public static partial void DiscussionChannelUnreadable(ILogger logger, string platform, Exception exception);
}
