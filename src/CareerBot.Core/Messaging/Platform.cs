namespace CareerBot.Core.Messaging;

/// <summary>Where a message came from; adapters set it, the core only uses it in keys.</summary>
public enum Platform
{
    Console,
    Telegram,
    Discord,
}
