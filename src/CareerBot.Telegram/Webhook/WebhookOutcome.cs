namespace CareerBot.Telegram.Webhook;

/// <summary>What became of one request to the webhook; the host turns it into an HTTP status.</summary>
public enum WebhookOutcome
{
    /// <summary>The update's turn is stored (or it needed none): 200, Telegram sends the chat's next update.</summary>
    Accepted,

    /// <summary>Not an update this bot can read: logged and skipped with 200, so Telegram does not send it again.</summary>
    Unreadable,

    /// <summary>Wrong or missing secret token: 401, nothing read or stored.</summary>
    Refused,

    /// <summary>The body is larger than <see cref="TelegramWebhookReceiver.MaxBodyBytes"/>: 413.</summary>
    TooLarge,

    /// <summary>The turn could not be stored (e.g. the store is down): 503, Telegram sends it again later.</summary>
    Failed,

    /// <summary>The bot does not take webhooks (no Telegram token, or polling mode): 404.</summary>
    Inactive,
}
