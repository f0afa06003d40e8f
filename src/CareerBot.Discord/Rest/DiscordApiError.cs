namespace CareerBot.Discord.Rest;

/// <summary>
/// A failed REST call: HTTP status (0 = no answer), Discord's JSON error code and message, and for a 429 how long
/// Discord asked to wait (the REST client already waited out the short ones).
/// </summary>
internal sealed record DiscordApiError(int HttpStatus, int Code, string Message, TimeSpan? RetryAfter = null)
{
    /// <summary>"Cannot send messages to this user": DMs closed, or no shared server.</summary>
    public const int CannotSendMessagesToUser = 50007;
    public const int UnknownChannel = 10003;
    public const int UnknownMessage = 10008;
    public const int UnknownWebhook = 10015;
    public const int UnknownInteraction = 10062;
    public const int InteractionAlreadyAcknowledged = 40060;
    public const int InvalidFormBody = 50035;

    /// <summary>No HTTP answer (network failure, timeout): the request may or may not have been applied.</summary>
    public bool IsTransport => HttpStatus == 0;

    /// <summary>Sending it again cannot work (4xx other than 429).</summary>
    public bool IsPermanent => HttpStatus is >= 400 and < 500 and not 429;

    public static DiscordApiError Transport(string message) => new(0, 0, message);
}
