namespace CareerBot.Discord.Entities;

/// <summary>A guild member; <see cref="Permissions"/> is only present on interactions (computed for that channel).</summary>
internal sealed record DiscordMember
{
    public DiscordUser? User { get; init; }

    public string? Nick { get; init; }

    public string? Permissions { get; init; }
}
