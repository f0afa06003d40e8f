using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace CareerBot.Telegram;

/// <summary>The "Telegram" configuration section. The adapter runs only when <see cref="BotToken"/> is set.</summary>
public sealed partial class TelegramOptions : IValidatableObject
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

    /// <summary>Polling (default) or Webhook: then Telegram pushes updates to POST /telegram/webhook and nobody polls.</summary>
    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>The public https URL Telegram posts updates to (webhook mode), e.g. https://bot.example.org/telegram/webhook.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>
    /// Sent by Telegram in X-Telegram-Bot-Api-Secret-Token with every update (webhook mode); 1–256 of A–Z a–z 0–9 _ -.
    /// Never logged.
    /// </summary>
    public string? WebhookSecret { get; set; }

    /// <summary>max_connections given to setWebhook: how many update requests Telegram keeps open at once.</summary>
    [Range(1, 100)]
    public int WebhookMaxConnections { get; set; } = 40;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var result in ValidateWebhook())
        {
            yield return result;
        }

        if (!string.IsNullOrWhiteSpace(ApiBaseUrl)
            && (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            yield return new ValidationResult("Telegram:ApiBaseUrl must be an absolute http(s) URL.", [nameof(ApiBaseUrl)]);
        }
    }

    private IEnumerable<ValidationResult> ValidateWebhook()
    {
        // The secret's value is never part of a message: only what is wrong with it.
        if (!string.IsNullOrEmpty(WebhookSecret) && !SecretToken().IsMatch(WebhookSecret))
        {
            yield return new ValidationResult("Telegram:WebhookSecret may hold only A-Z, a-z, 0-9, _ and -, 1 to 256 characters (value not shown).", [nameof(WebhookSecret)]);
        }

        if (Mode != TelegramMode.Webhook)
        {
            yield break;
        }

        if (string.IsNullOrEmpty(WebhookSecret))
        {
            yield return new ValidationResult("Telegram:WebhookSecret is required when Telegram:Mode is Webhook.", [nameof(WebhookSecret)]);
        }

        if (!Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
        {
            yield return new ValidationResult("Telegram:WebhookUrl must be the public https:// URL of POST /telegram/webhook when Telegram:Mode is Webhook.", [nameof(WebhookUrl)]);
        }
    }

    [GeneratedRegex(@"\A[A-Za-z0-9_-]{1,256}\z")]
    private static partial Regex SecretToken();
}
