namespace CareerBot.Discord.Gateway;

/// <summary>op 10 Hello: how often to heartbeat, in milliseconds.</summary>
internal sealed record HelloData(int HeartbeatInterval);
