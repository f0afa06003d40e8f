namespace CareerBot.Core.Understanding.Safety;

/// <summary>
/// One group of phrases (regular-expression fragments over <see cref="ChatText"/>-normalised text) that decides a level.
/// </summary>
/// <param name="Level">The level a match gives.</param>
/// <param name="Name">Stable name reported as the reason ("crisis.passive"), never the person's words.</param>
/// <param name="Phrases">Fragments; each is matched as whole words.</param>
internal sealed record SafetyRule(SafetyLevel Level, string Name, string[] Phrases)
{
    /// <summary>A match right after "not", "never", "niet", "geen"… in the same clause does not count ("I'm not suicidal").</summary>
    public bool Negatable { get; init; }

    /// <summary>A match in a message that laughs ("lol", "😂") does not count: these phrases are common hyperbole.</summary>
    public bool HyperboleWhenJoking { get; init; }

    /// <summary>How many different phrases must hold at once: signals that mean little alone ("no reason" + "bridge").</summary>
    public int Signals { get; init; } = 1;
}
