namespace CareerBot.Discord.Entities;

/// <summary>A channel (here: the DM channel returned by POST /users/@me/channels).</summary>
internal sealed record DiscordChannel
{
    public required string Id { get; init; }

    public int Type { get; init; }
}
