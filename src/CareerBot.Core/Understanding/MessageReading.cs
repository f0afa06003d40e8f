using System.Collections.Immutable;
using CareerBot.Core.Conversations;

namespace CareerBot.Core.Understanding;

/// <summary>
/// What one message says, read once before the interview step decides what to do with it: every slot it fills
/// (job, worry, goal, target, work situation), a short answer or a choice number, and whether it must not be echoed.
/// </summary>
public sealed record MessageReading
{
    public static MessageReading Empty { get; } = new();

    public ShortAnswer Answer { get; init; }

    /// <summary>True when the whole message is the short answer, not just its first words ("ok, wait…"): needed to delete data.</summary>
    public bool IsWholeAnswer { get; init; }

    /// <summary>"2", "the second one", "nummer 2": a 1-based choice.</summary>
    public int? Number { get; init; }

    /// <summary>1 (not worried) to 5 (very worried), only when the message says so clearly.</summary>
    public int? Worry { get; init; }

    public CareerGoal? Goal { get; init; }

    /// <summary>Set when the person says they are not in paid work (or, explicitly, that they are).</summary>
    public WorkSituation? Situation { get; init; }

    /// <summary>Parts of the message that may name the job they have, had or study for: the whole, then each clause.</summary>
    public ImmutableArray<string> JobPhrases { get; init; } = [];

    /// <summary>Parts of the message that name the job they would like to do.</summary>
    public ImmutableArray<string> TargetPhrases { get; init; } = [];

    /// <summary>A field of study named by a student ("rechten", "nursing"), already as a SOC code.</summary>
    public string? StudySoc { get; init; }

    /// <summary>Swearing or insults: never say any of it back.</summary>
    public bool IsAbusive { get; init; }

    /// <summary>"like I said", "I already told you": the person feels asked twice.</summary>
    public bool SaysRepeated { get; init; }
}
