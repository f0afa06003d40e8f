using System.ComponentModel.DataAnnotations;

namespace CareerBot.Discord;

/// <summary>The "Discord" configuration section; the adapter runs only when <see cref="BotToken"/> is set.</summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    /// <summary>GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES | MESSAGE_CONTENT.</summary>
    public const int DefaultIntents = 37377;

    /// <summary>The bot token from the Developer Portal; never logged.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>REST base (with version) and where the gateway URL is discovered (GET /gateway/bot).</summary>
    [Required]
    [Url]
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>When set, slash commands are registered on this server only (instant updates while developing).</summary>
    public string? DevGuildId { get; set; }

    [Range(0, 65535)]
    public int ShardId { get; set; }

    [Range(1, 65536)]
    public int ShardCount { get; set; } = 1;

    [Range(0, int.MaxValue)]
    public int Intents { get; set; } = DefaultIntents;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(BotToken);
}
