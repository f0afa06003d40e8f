using CareerBot.Telegram;

namespace CareerBot.EndToEnd.Tests.Telegram.Soak;

/// <summary>
/// The soak's size. CAREERBOT_SOAK=full: 1,000 people × 10 turns, 24 SIGKILLs (the burst: 300 people); otherwise a short run for CI.
/// </summary>
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

    /// <summary>
    /// Issue 12's burst: everyone writes at the same moment and answers at once, two turns each, while 10% of
    /// sendMessage calls are answered 2 s late; no kills, no other faults, the bot at its configured rates (the options'
    /// defaults: the test passes no pacing setting to the bot, the interval here only sizes the reference recording's quiet).
    /// </summary>
    public static SoakSettings BurstFull { get; } = new(
        "burst, full", People: 300, Turns: 2, Kills: 0, RampUp: TimeSpan.Zero, MaxThink: TimeSpan.Zero,
        ReplyTimeout: TimeSpan.FromMinutes(4), PerChatIntervalMilliseconds: new TelegramOptions().PerChatIntervalMilliseconds, Faults: BurstRules);

    /// <summary>The burst at CI size: the same shape with 60 people.</summary>
    public static SoakSettings BurstShort { get; } = BurstFull with { Name = "burst, short", People = 60, ReplyTimeout = TimeSpan.FromMinutes(2) };

    private static bool IsFull =>
        string.Equals(Environment.GetEnvironmentVariable("CAREERBOT_SOAK"), "full", StringComparison.OrdinalIgnoreCase);

    private static FaultRule[] BurstRules => [new("sendMessage", "slow", 0.1, MinMs: 2000, MaxMs: 2000)];

    public static SoakSettings FromEnvironment() => IsFull ? Full : Short;

    public static SoakSettings BurstFromEnvironment() => IsFull ? BurstFull : BurstShort;

    /// <summary>Each kind fires on about <paramref name="p"/> of all bot calls (sendMessage, getUpdates, answers, edits …).</summary>
    private static FaultRule[] Rules(double p) =>
    [
        new("*", "429", p, RetryAfterSeconds: 2),
        new("*", "500", p),
        new("*", "slow", p, MinMs: 300, MaxMs: 3000),
        new("*", "drop", p),
    ];
}
