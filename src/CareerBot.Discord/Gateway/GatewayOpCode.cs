namespace CareerBot.Discord.Gateway;

/// <summary>Gateway opcodes the client uses (Discord "Opcodes and Status Codes").</summary>
internal enum GatewayOpCode
{
    Dispatch = 0,
    Heartbeat = 1,
    Identify = 2,
    Resume = 6,
    Reconnect = 7,
    InvalidSession = 9,
    Hello = 10,
    HeartbeatAck = 11,
}
