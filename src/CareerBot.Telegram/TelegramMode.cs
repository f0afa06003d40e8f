namespace CareerBot.Telegram;

/// <summary>How updates reach the bot (Telegram:Mode).</summary>
public enum TelegramMode
{
    /// <summary>Long polling with getUpdates; one process polls at a time.</summary>
    Polling,

    /// <summary>Telegram pushes updates to POST /telegram/webhook; any number of processes behind a load balancer.</summary>
    Webhook,
}
