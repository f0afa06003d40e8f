using CareerBot.Discord.Entities;

namespace CareerBot.Discord.Gateway;

/// <summary>The READY dispatch: who the bot is and the session to resume later.</summary>
internal sealed record ReadyData
{
    public int V { get; init; }

    public required DiscordUser User { get; init; }

    public required string SessionId { get; init; }

    public string? ResumeGatewayUrl { get; init; }

    public ReadyApplication? Application { get; init; }
}
