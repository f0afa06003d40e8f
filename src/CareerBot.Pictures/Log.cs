using Microsoft.Extensions.Logging;

namespace CareerBot.Pictures;

/// <summary>Log messages of the pictures (risk cards, pulse charts) (event ids 7000–7099). Never a card's words: they may echo a person's job.</summary>
internal static partial class Log
{
    [LoggerMessage(7000, LogLevel.Warning, "Risk card {FileName}: {Count} characters the shipped typeface cannot draw were replaced with '?'")]
    public static partial void GlyphsReplaced(ILogger logger, string fileName, int count);

    [LoggerMessage(7001, LogLevel.Warning, "Pulse chart {FileName}: {Count} characters the shipped typeface cannot draw were replaced with '?'")]
    public static partial void ChartGlyphsReplaced(ILogger logger, string fileName, int count);
}
