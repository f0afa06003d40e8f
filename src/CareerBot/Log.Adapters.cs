using CareerBot.Core.Messaging;
using Microsoft.Extensions.Logging;

namespace CareerBot;

/// <summary>Source-generated log messages of the host. Event ids 3100–3199: the chat adapters' supervisor and the console chat.</summary>
internal static partial class Log
{
    [LoggerMessage(3100, LogLevel.Warning, "The {Platform} adapter stopped for good; the bot goes on with {Running}")]
    public static partial void AdapterStoppedOthersRun(ILogger logger, Platform platform, string running);

    [LoggerMessage(3101, LogLevel.Warning, "No chat adapter is left running ({Platform} stopped: {Reason}); the bot stops with exit code {ExitCode}")]
    public static partial void NoAdapterLeft(ILogger logger, Platform platform, string reason, int exitCode);

    [LoggerMessage(3110, LogLevel.Warning, "The console chat could not save a risk card picture in {Folder}; the reply is printed without it")]
    public static partial void PictureNotSaved(ILogger logger, string folder, Exception exception);
}
