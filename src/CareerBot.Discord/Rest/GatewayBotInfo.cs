namespace CareerBot.Discord.Rest;

/// <summary>GET /gateway/bot: the gateway URL (bare, without query) and the identify budget.</summary>
internal sealed record GatewayBotInfo(string Url, int? Shards, SessionStartLimit? SessionStartLimit);
