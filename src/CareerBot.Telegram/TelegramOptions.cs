using System.ComponentModel.DataAnnotations;

namespace CareerBot.Telegram;

/// <summary>The "Telegram" configuration section. The adapter runs only when <see cref="BotToken"/> is set.</summary>
public sealed class TelegramOptions : IValidatableObject
{
    public const string SectionName = "Telegram";

    /// <summary>Token from BotFather ("123456:ABC…"); never logged.</summary>
    [Required]
    [RegularExpression(@"^\d{1,16}:\S+$", ErrorMessage = "Telegram:BotToken must look like '<digits>:<secret>' (value not shown).")]
    public string BotToken { get; set; } = "";

    /// <summary>Optional base URL of an emulator or a local Bot API server (scheme and authority only).</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>Optional override of the bot's username (otherwise taken from getMe); used in deep links.</summary>
    public string? BotUsername { get; set; }

    /// <summary>Long-poll timeout sent to getUpdates.</summary>
    [Range(1, 50)]
    public int PollTimeoutSeconds { get; set; } = 25;

    [Range(1, 100)]
    public int PollLimit { get; set; } = 100;

    /// <summary>Minimum gap between two messages to one chat (Telegram tolerates about one per second).</summary>
    [Range(0, 60_000)]
    public int PerChatIntervalMilliseconds { get; set; } = 1000;

    /// <summary>Upper bound on messages per second over all chats.</summary>
    [Range(1, 1000)]
    public int GlobalMessagesPerSecond { get; set; } = 30;

    /// <summary>Attempts per API call (first try included) for 5xx, dropped connections and timeouts; a 429 waits in the dispatcher instead.</summary>
    [Range(1, 20)]
    public int MaxSendAttempts { get; set; } = 5;

    /// <summary>Timeout of one send attempt.</summary>
    [Range(1, 300)]
    public int SendTimeoutSeconds { get; set; } = 20;

    /// <summary>How long a getChatMember answer is trusted.</summary>
    [Range(0, 3600)]
    public int ModeratorCacheSeconds { get; set; } = 120;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(ApiBaseUrl)
            && (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            yield return new ValidationResult("Telegram:ApiBaseUrl must be an absolute http(s) URL.", [nameof(ApiBaseUrl)]);
        }
    }
}
