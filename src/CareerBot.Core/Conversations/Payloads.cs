namespace CareerBot.Core.Conversations;

/// <summary>Button payloads: short ASCII strings ("prefix:value") that fit Telegram's 64-byte callback data.</summary>
internal static class Payloads
{
    public const string Start = "go:start";
    public const string CurrentJob = "job:";
    public const string TargetJob = "tgt:";
    public const string None = "none";
    public const string Skip = "skip";
    public const string Worry = "worry:";
    public const string NoteKeep = "note:keep";
    public const string NoteSkip = "note:skip";
    public const string Goal = "goal:";
    public const string StoryYes = "story:yes";
    public const string StorySkip = "story:skip";
    public const string WrapAnother = "wrap:another";
    public const string WrapStory = "wrap:story";
    public const string ForgetYes = "forget:yes";
    public const string ForgetNo = "forget:no";
    public const string Language = "lang:";
    public const string Resume = "resume:yes";
    public const string PauseContinue = "pause:continue";
    public const string PauseLater = "pause:later";
    public const string CareNotOk = "care:notok";
    public const string OtherJob = "oth:";

    /// <summary>A look-up from a "did you mean" list (/risk): "risk:27-3043".</summary>
    public const string Risk = "risk:";

    /// <summary>The details of an answer card: "more:27-3043" (tasks and moves) or "more:27-3043>21-1013" (tasks and the comparison).</summary>
    public const string More = "more:";

    public const char MoreSeparator = '>';

    /// <summary>A global command as a button, e.g. "cmd:restart".</summary>
    public const string Command = "cmd:";

    public static string? ValueAfter(string? payload, string prefix) =>
        payload is not null && payload.StartsWith(prefix, StringComparison.Ordinal) ? payload[prefix.Length..] : null;
}
