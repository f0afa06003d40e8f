using System.Text.Json;
using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.EndToEnd.Tests.Discord;

/// <summary>The real host configured for Discord only, started against the fake and brought to READY.</summary>
internal static class DiscordBot
{
    public const string BotId = "900000000000000001";

    public static BotProcess Start(string folder, FakeDiscordServer discord, string token) => BotProcess.Start(folder, new Dictionary<string, string>
    {
        ["Discord__BotToken"] = token,
        ["Discord__ApiBaseUrl"] = discord.ApiBaseUrl,
        ["Storage__DatabasePath"] = Path.Combine(folder, "careerbot.db"),
        ["DOTNET_ENVIRONMENT"] = "Production",
    });

    /// <summary>Hello → Identify → READY on the bot's first gateway connection; returns the connection and the Identify it sent.</summary>
    public static async Task<(FakeGatewayConnection Gateway, JsonElement Identify)> ReadyAsync(FakeDiscordServer discord)
    {
        var gateway = await discord.NextConnectionAsync(timeoutMs: 60000);
        gateway.AutoAck = true;
        await gateway.SendHelloAsync();
        var identify = await gateway.ReceiveOpAsync(2);
        await gateway.SendReadyAsync(userId: BotId, applicationId: BotId);
        return (gateway, identify);
    }
}
