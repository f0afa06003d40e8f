using Microsoft.Extensions.Logging;

namespace CareerBot;

/// <summary>Source-generated log messages of the host (event ids 3000–3099: health).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Health {Status}: {Summary}")]
    public static partial void HealthSummary(ILogger logger, string status, string summary);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Health {Status}: {Summary}")]
    public static partial void HealthSummaryProblem(ILogger logger, string status, string summary);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Health endpoint listening on {Url}healthz")]
    public static partial void HealthEndpointListening(ILogger logger, string url);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Health endpoint could not listen on {Url}")]
    public static partial void HealthEndpointFailed(ILogger logger, string url, Exception exception);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Health endpoint request failed")]
    public static partial void HealthRequestFailed(ILogger logger, Exception exception);
}
