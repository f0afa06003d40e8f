namespace CareerBot.EndToEnd.Tests.Telegram.Soak;

/// <summary>The soak's size. CAREERBOT_SOAK=full: 1,000 people × 10 turns, 24 SIGKILLs; otherwise a short run for CI.</summary>
internal sealed record SoakSettings(
    string Name,
    int People,
    int Turns,
    int Kills,
    TimeSpan RampUp,
    TimeSpan MaxThink,
    TimeSpan ReplyTimeout,
    int PerChatIntervalMilliseconds,
    IReadOnlyList<FaultRule> Faults)
{
    public static SoakSettings Full { get; } = new(
        "full", People: 1000, Turns: 10, Kills: 24, RampUp: TimeSpan.FromSeconds(30), MaxThink: TimeSpan.FromSeconds(2),
        ReplyTimeout: TimeSpan.FromMinutes(4), PerChatIntervalMilliseconds: 1000, Faults: Rules(0.02));

    public static SoakSettings Short { get; } = new(
        "short", People: 40, Turns: 5, Kills: 3, RampUp: TimeSpan.FromSeconds(2), MaxThink: TimeSpan.FromMilliseconds(300),
        ReplyTimeout: TimeSpan.FromSeconds(60), PerChatIntervalMilliseconds: 200, Faults: Rules(0.04));

    public static SoakSettings FromEnvironment() =>
        string.Equals(Environment.GetEnvironmentVariable("CAREERBOT_SOAK"), "full", StringComparison.OrdinalIgnoreCase) ? Full : Short;

    /// <summary>Each kind fires on about <paramref name="p"/> of all bot calls (sendMessage, getUpdates, answers, edits …).</summary>
    private static FaultRule[] Rules(double p) =>
    [
        new("*", "429", p, RetryAfterSeconds: 2),
        new("*", "500", p),
        new("*", "slow", p, MinMs: 300, MaxMs: 3000),
        new("*", "drop", p),
    ];
}
