namespace CareerBot.Discord.Gateway;

/// <summary>
/// A gateway session as persisted for a restart: what RESUME needs (id, resume URL, the sequence every dispatch up to
/// which was handled), who the bot is (Discord sends no READY on RESUME), what it was identified with (intents and
/// shard: a session opened with other settings is not resumed) and when it was last known to be alive.
/// </summary>
internal sealed record SavedGatewaySession(
    string SessionId,
    string ResumeGatewayUrl,
    int? Sequence,
    string? UserId,
    string? ApplicationId,
    int Intents,
    int ShardId,
    int ShardCount,
    DateTimeOffset SavedAt);
