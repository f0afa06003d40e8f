namespace CareerBot.EndToEnd.Tests.Telegram;

/// <summary>Starts the real bot process configured for the Telegram emulator.</summary>
internal static class TelegramBot
{
    public static BotProcess Start(string apiBaseUrl, string databasePath, IReadOnlyDictionary<string, string>? settings = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["Telegram__BotToken"] = TelegramEmulator.Token,
            ["Telegram__ApiBaseUrl"] = apiBaseUrl,
            ["Storage__DatabasePath"] = databasePath,
            ["Telegram__PollTimeoutSeconds"] = "2",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__CareerBot"] = "Debug",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        return BotProcess.Start(Path.GetDirectoryName(databasePath)!, environment, RepositoryPaths.HostDll);
    }
}
