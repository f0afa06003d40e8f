namespace CareerBot.Core.Understanding;

/// <summary>The outcome of safety triage on one message, with the rule that decided it (never the person's words).</summary>
public sealed record SafetyReading(SafetyLevel Level, string Rule)
{
    public static SafetyReading Calm { get; } = new(SafetyLevel.None, "none");

    /// <summary>The message speaks of money trouble (debt, rent, bailiffs): the reply also points to debt advice.</summary>
    public bool MoneyTrouble { get; init; }
}
