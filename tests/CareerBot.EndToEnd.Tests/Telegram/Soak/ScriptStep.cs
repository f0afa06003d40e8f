namespace CareerBot.EndToEnd.Tests.Telegram.Soak;

/// <summary>An action and the replies (texts as first sent) the fault-free reference got for it, in order.</summary>
internal sealed record ScriptStep(SoakAction Action, IReadOnlyList<string> Replies);
