using System.Text.Json;

namespace CareerBot.Discord.Gateway;

/// <summary>One dispatch event (op 0) handed to the application: its name, data and sequence number.</summary>
internal sealed record GatewayDispatch(string Type, JsonElement Data, int? Sequence)
{
    public const string Ready = "READY";
    public const string Resumed = "RESUMED";
    public const string MessageCreate = "MESSAGE_CREATE";
    public const string InteractionCreate = "INTERACTION_CREATE";
    public const string GuildCreate = "GUILD_CREATE";
}
