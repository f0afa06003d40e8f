namespace CareerBot.EndToEnd.Tests.Discord.Soak;

/// <summary>How big the Discord soak runs: CAREERBOT_SOAK=full for the full size, otherwise the short CI version.</summary>
internal sealed record SoakSize(
    string Mode,
    int People,
    int Turns,
    int Drops,
    int ReplayOverlaps,
    int Reconnects,
    int InvalidResumable,
    int InvalidNotResumable,
    int Zombies,
    int Kills,
    double Route429Rate,
    double Global429Rate,
    TimeSpan ThinkTime,
    TimeSpan FaultGap)
{
    public static SoakSize Full { get; } = new("full", 500, 10, 12, 6, 10, 8, 5, 8, 4, 0.02, 0.003, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(2));

    public static SoakSize Short { get; } = new("short", 40, 6, 2, 1, 2, 1, 1, 1, 1, 0.04, 0.01, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(1));

    public static SoakSize FromEnvironment() =>
        string.Equals(Environment.GetEnvironmentVariable("CAREERBOT_SOAK"), "full", StringComparison.OrdinalIgnoreCase) ? Full : Short;

    public int Faults => Drops + ReplayOverlaps + Reconnects + InvalidResumable + InvalidNotResumable + Zombies + Kills;
}
