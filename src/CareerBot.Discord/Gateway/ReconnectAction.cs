namespace CareerBot.Discord.Gateway;

/// <summary>What to do after a connection ended.</summary>
internal enum ReconnectAction
{
    /// <summary>Reconnect to the resume URL and send Resume.</summary>
    Resume,

    /// <summary>Drop the session and Identify afresh.</summary>
    Identify,

    /// <summary>Do not reconnect: configuration must be fixed (bad token, shard, intents).</summary>
    Fatal,
}
