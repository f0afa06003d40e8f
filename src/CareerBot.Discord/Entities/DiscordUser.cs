namespace CareerBot.Discord.Entities;

/// <summary>A Discord user (only the fields the bot uses).</summary>
internal sealed record DiscordUser
{
    public required string Id { get; init; }

    public string? Username { get; init; }

    public string? GlobalName { get; init; }

    public bool? Bot { get; init; }
}
