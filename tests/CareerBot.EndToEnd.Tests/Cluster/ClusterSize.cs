namespace CareerBot.EndToEnd.Tests.Cluster;

/// <summary>
/// The cluster soak's size. CAREERBOT_SOAK=full (./soak.sh cluster): 400 Telegram + 100 Discord people × 10 turns, a
/// SIGKILL every 20 s, and the Telegram throughput with 1, 2 and 3 webhook processes; otherwise a short run for CI
/// (fewer people, a kill every 8 s so a short phase still has several).
/// </summary>
internal sealed record ClusterSize(
    string Name,
    int TelegramPeople,
    int DiscordPeople,
    int Turns,
    TimeSpan KillEvery,
    int WeeklyChannels,
    int ScalingPeople,
    TimeSpan ReplyTimeout,
    TimeSpan MaxThink,
    TimeSpan WeeklyLead)
{
    public static ClusterSize Full { get; } = new(
        "full", TelegramPeople: 400, DiscordPeople: 100, Turns: 10, KillEvery: TimeSpan.FromSeconds(20), WeeklyChannels: 4,
        ScalingPeople: 300, ReplyTimeout: TimeSpan.FromMinutes(4), MaxThink: TimeSpan.FromSeconds(3), WeeklyLead: TimeSpan.FromMinutes(3));

    /// <summary>CI: a kill every 8 s over a phase of about a minute (people think up to 5 s between turns).</summary>
    public static ClusterSize Short { get; } = new(
        "short", TelegramPeople: 30, DiscordPeople: 10, Turns: 6, KillEvery: TimeSpan.FromSeconds(8), WeeklyChannels: 2,
        ScalingPeople: 0, ReplyTimeout: TimeSpan.FromSeconds(100), MaxThink: TimeSpan.FromSeconds(5), WeeklyLead: TimeSpan.FromSeconds(30));

    public int People => TelegramPeople + DiscordPeople;

    public static ClusterSize FromEnvironment() =>
        string.Equals(Environment.GetEnvironmentVariable("CAREERBOT_SOAK"), "full", StringComparison.OrdinalIgnoreCase) ? Full : Short;
}
