namespace CareerBot.Discord.Gateway;

/// <summary>Maps gateway close codes to an action (Discord "Gateway Close Event Codes").</summary>
internal static class GatewayCloseCodes
{
    public static ReconnectAction Classify(int? code) => code switch
    {
        4004 or (>= 4010 and <= 4014) => ReconnectAction.Fatal,
        4007 or 4009 => ReconnectAction.Identify,
        _ => ReconnectAction.Resume,
    };

    public static string Describe(int? code) => code switch
    {
        null => "connection dropped",
        4000 => "unknown error",
        4001 => "unknown opcode",
        4002 => "decode error",
        4003 => "not authenticated",
        4004 => "authentication failed: check Discord:BotToken",
        4005 => "already authenticated",
        4007 => "invalid sequence",
        4008 => "rate limited",
        4009 => "session timed out",
        4010 => "invalid shard: check Discord:ShardId and Discord:ShardCount",
        4011 => "sharding required: raise Discord:ShardCount",
        4012 => "invalid API version",
        4013 => "invalid intents: check Discord:Intents",
        4014 => "disallowed intents: enable the privileged intents (Message Content) in the Developer Portal or remove them from Discord:Intents",
        _ => "closed",
    };
}
