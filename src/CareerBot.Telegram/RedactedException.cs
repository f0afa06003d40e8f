namespace CareerBot.Telegram;

/// <summary>Stands in for an exception whose text contained the bot token.</summary>
internal sealed class RedactedException(string message) : Exception(message);
