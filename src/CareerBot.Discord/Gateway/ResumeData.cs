namespace CareerBot.Discord.Gateway;

/// <summary>op 6 Resume.</summary>
internal sealed record ResumeData(string Token, string SessionId, int? Seq);
