namespace CareerBot.Discord.Gateway;

/// <summary>Connection properties sent with Identify (names without the deprecated "$" prefix).</summary>
internal sealed record IdentifyProperties(string Os, string Browser, string Device);
