namespace CareerBot.Discord.Gateway;

/// <summary>Who connects: token (never logged), intents and shard.</summary>
internal sealed record GatewayIdentity(string Token, int Intents, int ShardId, int ShardCount)
{
    public IdentifyData ToIdentify() => new(
        Token,
        new IdentifyProperties(OperatingSystemName(), "careerbot", "careerbot"),
        Intents,
        [ShardId, ShardCount]);

    // The record's generated ToString would print the token.
    public override string ToString() => $"GatewayIdentity {{ Intents = {Intents}, Shard = [{ShardId}, {ShardCount}] }}";

    private static string OperatingSystemName() =>
        OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux";
}
