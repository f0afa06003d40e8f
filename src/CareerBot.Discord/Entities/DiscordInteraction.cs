namespace CareerBot.Discord.Entities;

/// <summary>An interaction (slash command, autocomplete, button press, modal submit) from INTERACTION_CREATE.</summary>
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

    /// <summary>0 = server, 1 = DM with the bot, 2 = group DM or another DM (user-installed only); absent in old payloads.</summary>
    public int? Context { get; init; }

    /// <summary>
    /// Installations that let this interaction happen: "0" (server install) → guild id, or "0" in a DM with the bot;
    /// "1" (user install) → the user who installed the app. Without "0" in a server, the bot is not a member there.
    /// </summary>
    public IReadOnlyDictionary<string, string>? AuthorizingIntegrationOwners { get; init; }

    public DiscordUser? Invoker => Member?.User ?? User;
}
