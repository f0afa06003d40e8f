using Microsoft.Extensions.Logging;

namespace CareerBot;

/// <summary>Source-generated log messages of the host (event ids 3000–3099: health and the HTTP endpoints).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Health {Status}: {Summary}")]
    public static partial void HealthSummary(ILogger logger, string status, string summary);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Health {Status}: {Summary}")]
    public static partial void HealthSummaryProblem(ILogger logger, string status, string summary);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "HTTP endpoints listening on {Addresses}: {Paths}")]
    public static partial void HttpListening(ILogger logger, string addresses, string paths);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "No HTTP address configured (Urls): /healthz and /metrics are off")]
    public static partial void HttpOff(ILogger logger);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information, Message = "Metrics are also exported over OTLP")]
    public static partial void OtlpExport(ILogger logger);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Information, Message = "Database: {Path} (LiteDB)")]
    public static partial void DatabaseFile(ILogger logger, string path);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Information, Message = "Database: PostgreSQL (ConnectionStrings:CareerBot); the title index cache is kept beside {Path}")]
    public static partial void DatabasePostgres(ILogger logger, string path);
}
