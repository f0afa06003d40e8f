using System.Collections.Immutable;
using CareerBot.Core.Messaging;
using CareerBot.Core.Stories;
using CareerBot.Core.Texts;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Conversations;

/// <summary>Everything CareerBot keeps about one person's interview; changed only by the dialogue engine, with <c>with</c>.</summary>
public sealed record Conversation
{
    public required ConversationKey Key { get; init; }

    public DialogueStep Step { get; init; } = DialogueStep.Hello;

    /// <summary>The step to return to after a pause (distress, idle greeting, forget confirmation).</summary>
    public DialogueStep? ResumeStep { get; init; }

    public Language Language { get; init; } = Language.English;

    /// <summary>True once the person picked a language with /language; the platform locale no longer overrides it.</summary>
    public bool LanguageChosen { get; init; }

    /// <summary>Not in paid work (student, unemployed…): then <see cref="CurrentSoc"/> is what they study for or did last.</summary>
    public WorkSituation? Situation { get; init; }

    /// <summary>SOC 2018 code of the current job, once confirmed.</summary>
    public string? CurrentSoc { get; init; }

    /// <summary>ISCO-08 group of the current job when it was matched through a Dutch/ESCO title.</summary>
    public string? CurrentIsco { get; init; }

    public string? TargetSoc { get; init; }

    public string? TargetIsco { get; init; }

    /// <summary>"Did you mean" candidates currently offered (SOC codes, best first).</summary>
    public ImmutableArray<string> Candidates { get; init; } = [];

    /// <summary>ISCO codes aligned with <see cref="Candidates"/> (empty string where none).</summary>
    public ImmutableArray<string> CandidateIscos { get; init; } = [];

    /// <summary>Target-job candidates named before the target question ("…and I want to become an electrician"), best first.</summary>
    public ImmutableArray<string> PendingTargets { get; init; } = [];

    /// <summary>ISCO codes aligned with <see cref="PendingTargets"/> (empty string where none).</summary>
    public ImmutableArray<string> PendingTargetIscos { get; init; } = [];

    /// <summary>While <see cref="DialogueStep.Paused"/>: how much care the pause is for (crisis or distress).</summary>
    public SafetyLevel? Care { get; init; }

    /// <summary>A kind word about their fear was said once; it is not repeated in every message.</summary>
    public bool FearAcknowledged { get; init; }

    /// <summary>A gentle "are you having thoughts of ending your life?" waits for its answer.</summary>
    public bool CheckingRisk { get; init; }

    /// <summary>The person said they are safe after such a check: the model alone does not ask again (the rules still do).</summary>
    public bool RiskCheckDeclined { get; init; }

    /// <summary>1 (not worried) to 5 (very worried).</summary>
    public int? WorryLevel { get; init; }

    /// <summary>What worries them most, in their words; kept only when <see cref="KeepNotes"/> is true.</summary>
    public string? WorryNote { get; init; }

    public bool KeepNotes { get; init; }

    public CareerGoal? Goal { get; init; }

    /// <summary>Consecutive answers to the current question that could not be used.</summary>
    public int Misses { get; init; }

    /// <summary>Stories already told, oldest first; the last one is never told again right away.</summary>
    public ImmutableArray<string> StoriesTold { get; init; } = [];

    /// <summary>What the person's words hinted at for choosing a story (kiosk, pay, law…), never the words themselves.</summary>
    public StoryCues StoryCues { get; init; }

    /// <summary>What the last answer card was about ("27-3043" or "27-3043>21-1013"), so a typed "more" shows its details.</summary>
    public string? LastCard { get; init; }

    /// <summary>
    /// The community (Telegram group, Discord server) the interview was last started from, or null; only ever counted in
    /// that community's pulse, never shown.
    /// </summary>
    public string? Community { get; init; }

    /// <summary>When the interview was last started from <see cref="Community"/>.</summary>
    public DateTimeOffset? CommunitySince { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset LastActivity { get; init; }

    public int Turns { get; init; }
}
