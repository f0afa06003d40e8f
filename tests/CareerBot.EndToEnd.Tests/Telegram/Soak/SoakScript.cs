namespace CareerBot.EndToEnd.Tests.Telegram.Soak;

/// <summary>A person's scripted conversation, recorded from a fault-free reference chat: what to do and what comes back.</summary>
internal sealed record SoakScript(int Variant, string Language, IReadOnlyList<ScriptStep> Steps)
{
    public IEnumerable<string> ExpectedReplies => Steps.SelectMany(s => s.Replies);

    /// <summary>What the person was told: each message as first sent (before the "chosen" mark a press adds).</summary>
    public static string Sent(BotMessage message) => message.Text.Split("\n\n✔ ")[0];
}
