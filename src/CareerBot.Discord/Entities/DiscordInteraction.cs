namespace CareerBot.Discord.Entities;

/// <summary>An interaction (slash command, button press, modal submit) from INTERACTION_CREATE.</summary>
internal sealed record DiscordInteraction
{
    public required string Id { get; init; }

    /// <summary>Always sent by the gateway; documentation samples omit it, so it is not required here.</summary>
    public string ApplicationId { get; init; } = "";

    public required int Type { get; init; }

    public required string Token { get; init; }

    public InteractionData? Data { get; init; }

    public string? GuildId { get; init; }

    public string? ChannelId { get; init; }

    /// <summary>Set in a guild; <see cref="User"/> is set in a DM.</summary>
    public DiscordMember? Member { get; init; }

    public DiscordUser? User { get; init; }

    public DiscordMessage? Message { get; init; }

    public string? Locale { get; init; }

    public string? GuildLocale { get; init; }

    public DiscordUser? Invoker => Member?.User ?? User;
}
