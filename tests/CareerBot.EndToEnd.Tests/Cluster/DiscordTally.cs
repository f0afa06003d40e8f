namespace CareerBot.EndToEnd.Tests.Cluster;

/// <summary>The Discord people's replies counted against the reference person's (see the Discord soak's ledger).</summary>
internal sealed record DiscordTally(int Expected, int Delivered, int Duplicated, int Lost, int TimedOutTurns, IReadOnlyList<string> Notes)
{
    public static DiscordTally None { get; } = new(0, 0, 0, 0, 0, []);
}
