using Microsoft.Extensions.Configuration;

namespace CareerBot.Adapters;

/// <summary>Whether the host runs as a bot (a platform token configured) or as the local console chat.</summary>
internal static class BotTokens
{
    private static readonly string[] Keys = ["Telegram:BotToken", "Discord:BotToken"];

    public static bool AnyConfigured(IConfiguration configuration) => Keys.Any(key => !string.IsNullOrWhiteSpace(configuration[key]));
}
