using System.ComponentModel.DataAnnotations;

namespace CareerBot.Discord;

/// <summary>The "Discord" configuration section; the adapter runs only when <see cref="BotToken"/> is set.</summary>
public sealed class DiscordOptions : IValidatableObject
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

    /// <summary>
    /// The shard this process runs, 0 … <see cref="ShardCount"/> − 1 (one process per shard). Discord sends a server's
    /// events to shard (guild_id &gt;&gt; 22) % ShardCount and every DM to shard 0.
    /// </summary>
    [Range(0, int.MaxValue, ErrorMessage = "Discord:ShardId must be 0 or more.")]
    public int ShardId { get; set; }

    /// <summary>How many shards the bot runs in all (the same in every process).</summary>
    [Range(1, int.MaxValue, ErrorMessage = "Discord:ShardCount must be at least 1.")]
    public int ShardCount { get; set; } = 1;

    [Range(0, int.MaxValue)]
    public int Intents { get; set; } = DefaultIntents;

    /// <summary>
    /// How old a saved gateway session may be for a restarted bot to RESUME it (and get the events it missed replayed)
    /// instead of Identifying afresh. Discord keeps a dropped session resumable for "a few minutes" without saying how
    /// many; the age counts from the last save, which can be up to a heartbeat interval before the bot went down.
    /// A session that is gone costs one refused RESUME (op 9), then the bot Identifies. 0 = never resume after a restart.
    /// </summary>
    [Range(0, 900)]
    public int ResumeWindowSeconds { get; set; } = 120;

    /// <summary>
    /// The handled sequence is saved at a heartbeat ACK at most this often (never per event: that would be a storage
    /// write per message). A restart replays what came after the saved sequence; the turn store drops repeats.
    /// </summary>
    [Range(1, 600)]
    public int SessionSaveSeconds { get; set; } = 30;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(BotToken);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ShardId >= ShardCount)
        {
            yield return new ValidationResult(
                $"Discord:ShardId ({ShardId}) must be less than Discord:ShardCount ({ShardCount}): shards are numbered 0 to ShardCount - 1.",
                [nameof(ShardId), nameof(ShardCount)]);
        }
    }
}
