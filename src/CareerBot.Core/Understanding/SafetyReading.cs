namespace CareerBot.Core.Understanding;

/// <summary>The outcome of safety triage on one message, with the rule that decided it (never the person's words).</summary>
public sealed record SafetyReading(SafetyLevel Level, string Rule)
{
    public static SafetyReading Calm { get; } = new(SafetyLevel.None, "none");

    /// <summary>The message speaks of money trouble (debt, rent, bailiffs): the reply also points to debt advice.</summary>
    public bool MoneyTrouble { get; init; }

    /// <summary>
    /// False when only the statistical model sees a risk that no rule names: the reply then checks gently ("are you
    /// thinking of ending your life?") with the help lines, instead of assuming.
    /// </summary>
    public bool IsCertain { get; init; } = true;
}
