using System.Globalization;
using System.Text.RegularExpressions;
using Polly.Timeout;
using Telegram.Bot.Exceptions;

namespace CareerBot.Telegram.Sending;

/// <summary>Classifies Bot API failures: which are worth retrying, how long to wait, which mean "stop sending here".</summary>
internal static partial class TelegramFailure
{
    public static bool IsTooManyRequests(Exception ex) => ex is ApiRequestException { ErrorCode: 429 };

    /// <summary>retry_after from the parameters, or from the old "retry after N" text; 5 s when neither is there.</summary>
    public static TimeSpan RetryAfter(Exception ex)
    {
        if (ex is ApiRequestException { Parameters.RetryAfter: { } seconds })
        {
            return TimeSpan.FromSeconds(Math.Max(1, seconds));
        }

        var match = RetryAfterText().Match(ex.Message);
        return match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
            ? TimeSpan.FromSeconds(Math.Max(1, parsed))
            : TimeSpan.FromSeconds(5);
    }

    /// <summary>5xx, network errors and timeouts: the request may succeed if repeated.</summary>
    public static bool IsTransient(Exception ex) => ex switch
    {
        ApiRequestException api => api.ErrorCode >= 500,
        RequestException { HttpStatusCode: { } status } => (int)status >= 500 || (int)status == 429,
        RequestException => true,
        HttpRequestException or TimeoutRejectedException => true,
        _ => false,
    };

    /// <summary>403: blocked by the user, kicked from the group, or the user deactivated.</summary>
    public static bool IsForbidden(Exception ex) => ex is ApiRequestException { ErrorCode: 403 };

    /// <summary>400 that will never succeed for this chat (chat gone).</summary>
    public static bool IsChatGone(Exception ex) =>
        ex is ApiRequestException { ErrorCode: 400 } api && api.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase);

    public static long? MigratedTo(Exception ex) => ex is ApiRequestException { Parameters.MigrateToChatId: { } id } ? id : null;

    public static bool IsNotModified(Exception ex) =>
        ex is ApiRequestException { ErrorCode: 400 } api && api.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"retry after (\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RetryAfterText();
}
