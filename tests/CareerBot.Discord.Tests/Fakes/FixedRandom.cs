namespace CareerBot.Discord.Tests.Fakes;

/// <summary>A Random that always returns the same fraction (heartbeat jitter, back-off jitter).</summary>
public sealed class FixedRandom(double value) : Random
{
    public override double NextDouble() => value;

    protected override double Sample() => value;
}
